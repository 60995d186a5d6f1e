provider "huaweicloud" {
  region     = "ap-southeast-1"
}
# export HW_SECRET_KEY="cw1oCcQBo6mXYfEtKvfy838bKMX8kIwMyO3oxAkL"
