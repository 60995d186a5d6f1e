const k = process.env.XENDIT_SECRET_KEY || "xnd_development_dummy";
