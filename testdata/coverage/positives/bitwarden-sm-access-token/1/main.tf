provider "bitwarden" {
  access_token = "x"
}
bitwarden_access_token = "0.caff2abd-3ac3-bff9-0dc9-0877f4d503c6.2QMXl0l44vHuD90fDp56gVkyBlioWN:K704K920igbfGAe4bBmIxw=="
