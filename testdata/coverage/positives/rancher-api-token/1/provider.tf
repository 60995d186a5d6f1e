provider "rancher2" {
  api_url   = "https://rancher.example.com"
  token_key = "token-7ow07:u8npqy430tytwx8goqjjboz7ou7j2qe332c18uyf37xr1str2zk18i"
}
