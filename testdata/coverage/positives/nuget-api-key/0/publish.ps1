dotnet nuget push pkg.nupkg --api-key oy2gkecdphgxo1922dtu1nta3qc09yyspn3zlyulbv5b1z --source https://api.nuget.org/v3/index.json
