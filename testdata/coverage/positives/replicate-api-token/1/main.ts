const replicate = new Replicate({ auth: 'r8_vKphaVkL9fHHLVkDrFRRK7eeqjbyzbq3kvLVd' });
