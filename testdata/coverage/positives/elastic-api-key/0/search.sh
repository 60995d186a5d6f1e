curl -H "Authorization: ApiKey TUI3RFMzcGNJeExlUXU3aFE4Uks6RVE5RlY3VmJTbk5rcEM3Q2NfTURBRw==" https://es.example.net:9200/_search
