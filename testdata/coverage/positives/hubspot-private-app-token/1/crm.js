const hubspot = new Client({ accessToken: 'pat-eu1-b552920e-d71c-99eb-900e-c119d8133242' });
