Sentry.init({ dsn: "https://39fbb38a645fc303d41e5d50c7cdf078:904727c85656a8d663256d12fa9f64ae@o371817.ingest.sentry.io/3863404" });
