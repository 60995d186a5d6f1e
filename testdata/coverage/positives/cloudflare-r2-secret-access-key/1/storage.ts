const s3 = new S3Client({ credentials: { accessKeyId: r2AccessKeyId, secretAccessKey: env.x } });
const r2SecretKey = "a8a27a307c862c47e8d059905cb38908b57f840b92634174196dbc87480e8f3d";
