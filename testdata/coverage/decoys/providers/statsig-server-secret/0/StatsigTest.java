statsig = new Statsig("secret-test-key", options);
