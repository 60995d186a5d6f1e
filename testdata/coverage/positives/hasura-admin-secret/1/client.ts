const headers = { "x-hasura-admin-secret": "Fl1LW0BtB-uHSaQLAz" };
