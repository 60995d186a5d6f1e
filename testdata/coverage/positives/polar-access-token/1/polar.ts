const polar = new Polar({ accessToken: 'polar_pat_fX2I4TLlEhFXxFdnTb0QxePftZGAMn9rx3lig7r3Ipl' });
