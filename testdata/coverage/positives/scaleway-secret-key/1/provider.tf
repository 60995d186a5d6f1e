provider "scaleway" {
  access_key = "SCWCUB2FRAKHJ25MZXR4"
}
scaleway_secret = "3494f3a3-5365-a5f6-8e8b-2fbb653e21f5"
