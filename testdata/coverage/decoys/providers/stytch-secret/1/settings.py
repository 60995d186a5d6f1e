LUMA_API_KEY='secret-live-key'
