await fetch(url, { headers: { 'x-functions-key': 'YvGLB7SRANDviPPPp3_R78PRLVcNDuIdMyDPKp7hXMsefjQLKIC_3f==' } });
