curl -H "x-functions-key: OI2JyQz2nqttsOhKBzk5xYGcZw3DMEAAcFvS5pf0GnlBAzFuEqcHtw==" https://app.azurewebsites.net/api/hello
