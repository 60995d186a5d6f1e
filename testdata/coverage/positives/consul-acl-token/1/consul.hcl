acl {
  enabled = true
  tokens {
    initial_management = "22e01daa-fcee-88fe-1561-df10a49f9968"
  }
}
