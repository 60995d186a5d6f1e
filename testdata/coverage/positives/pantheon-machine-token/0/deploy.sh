terminus auth:login --machine-token=3-5EV4TPA56TuRv9ILpGWJUJ2sy6SrKtUijE2wxkLHQ --email=ci@example.com
