auth = TSC.PersonalAccessTokenAuth("ci-token", "ERcjH+/a7KhjVRrCkASkTA==:hkxPyKA4PcRiOezu9RpL87XpjFxillNw", site_id="acme")
