full_token = f"pss_service:v2:{token_value}:{kx_pub}:{share_a}:{wrap_key}"
