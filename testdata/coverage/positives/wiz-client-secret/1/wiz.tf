provider "wiz" {
  wiz_client_secret = "7w3JphOuvRau7a5uKT0xLjhsXLo0jwcrDzG6zJe2Ba32cZbY46QvOVnjj0NNBIGD"
}
