export const config = { jwtSecret: 'qL6L_4GDbdXFRRDhZVS8qoZbBCn_1AuUqIWl9LDgsgmg95IL' };
