provider "linode" {
  token = "x"
}
linode_token = "e6b12645a43dbca81555441fcafe8fc3095abfb2e636debfd67317cb0e1b8608"
