const snap = new midtransClient.Snap({ isProduction: false, serverKey: 'SB-Mid-server-CG81JzW-r6VuI3fVbyfcIgoN' });
