oci_secret_key = var.oci_secret_key
