curl -X PUT -H "Authorization: sso-key KRUGx1fCCvkX_NZ0UoqLsGdpt5RAqS7PHwx:OosvGEe2CLLQ5r2wiDA9FJ" https://api.godaddy.com/v1/domains/example.com/records/A/@
