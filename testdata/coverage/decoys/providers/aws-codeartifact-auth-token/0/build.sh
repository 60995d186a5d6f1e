export CODEARTIFACT_AUTH_TOKEN=`aws codeartifact get-authorization-token --domain acme --query authorizationToken --output text`
