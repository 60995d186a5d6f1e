provider "ibm" {
  ic_api_key = "ZEcb8hkP_-Iom1iEQVpRwVBkOHSCXoxGtjnb88Mrm9cQ"
}
