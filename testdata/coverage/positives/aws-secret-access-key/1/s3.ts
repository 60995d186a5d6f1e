new S3Client({ credentials: { accessKeyId: 'x', secretAccessKey: '+4IB95BHJfe9AymRXsiO9nrxQXgb9gI0k0+HhNEj' } })
