curl -H "Authorization: Bearer eyJ0eXAiOiAiVENWMiJ9.SVN3U2VzMjFHRkJlR1ZNTFdBRnJNVkxyd3Rz.OWVjNjczMWMtZmQ0NC1lYjdlLTZmNzAtZjJhYjdiODQ4MmM1" https://ci.example.com/app/rest/builds
