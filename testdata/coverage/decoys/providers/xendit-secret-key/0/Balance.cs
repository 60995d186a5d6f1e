XenditConfiguration.ApiKey = "xnd_development_...";
