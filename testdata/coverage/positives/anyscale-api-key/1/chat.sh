curl https://api.endpoints.anyscale.com/v1/models -H "Authorization: Bearer esecret_4azvbfh6uxad4bhhtmz4k6w2ld"
