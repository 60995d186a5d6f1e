provider "pingone" {
  client_secret = var.x
}
# PING_CLIENT_SECRET: "VY-QPC5fVCuA8GT0_IvTMBOOCU9AMYvX4gNPA9Zq3wNXOM6pHnCy65Kzpy0koYDB"
