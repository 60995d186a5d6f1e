curl -H 'x-api-key: mb_mj0VnslrkkGYlwdzJdl7ASdigHxQTAIsUBo1u+nVsKo=' https://bi.example.com/api/card
