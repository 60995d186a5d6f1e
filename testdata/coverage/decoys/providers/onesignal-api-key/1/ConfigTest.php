new Config('fakeApplicationId', 'os_v2_org_fakeOrganizationAuthKey');
