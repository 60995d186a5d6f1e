const xero = new XeroClient({ clientId, xeroClientSecret: 'YgQopPZZBLHOdRcwuluBKGLl6KqFHPqjWMLDA1DnXF3QnOhr' });
