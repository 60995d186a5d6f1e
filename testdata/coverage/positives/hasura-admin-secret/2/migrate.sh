hasura migrate apply --endpoint https://gql.example.com --admin-secret oceyyXEyj~DvtNuqr0
