provider "zerotier" {
  zerotier_central_token = "AY4GK7tWygtQ1pBnQwjVu9ABNIm9fA7g"
}
