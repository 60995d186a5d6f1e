const nylas = new Nylas({ apiKey: 'nyk_v0_jB1Y9GtrO47eZA54igrBvloVAC2UeM2ix3UjbqWE1ffLvVdeYKhBBpWknYQ1AZO3', apiUri: 'https://api.us.nylas.com' });
