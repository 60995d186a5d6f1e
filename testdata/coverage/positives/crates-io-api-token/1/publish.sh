cargo publish --token ciocnPNldPpeNlpvgw5GZ83vxiFSbB6SKYc
