provider "proxmox" {
  pm_api_url          = "https://pve.example.com:8006/api2/json"
  pm_api_token_id     = "terraform@pam!tf"
  pm_api_token_secret = "df893f78-ea08-0d6d-98b8-5446a475947d"
}
