credentials = dict(lwa_app_id='amzn1.application-oa2-client.5901bf155b122c4c4fe749b81bf1c9f9', lwa_client_secret='amzn1.oa2-cs.v1.35e3d484666a076fa24baa93180aad9da27822a74eac310ad9f4c343aca6d95b')
