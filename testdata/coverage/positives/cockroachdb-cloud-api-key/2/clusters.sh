curl --request GET --url 'https://cockroachlabs.cloud/api/v1/clusters' --header 'Authorization: Bearer CCDB1_Eage8SIdl8VvXcld1lAPZE_KlSWMS4hiXXvd0pBLDdHm9IRkvskywz6Md8uULPv'
