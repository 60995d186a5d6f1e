auth = TSC.PersonalAccessTokenAuth("ci-token", "qXNx9YzvPQ1p35Uk+3Uzlg==:LC7zQkISoWwfJ03X1R9B1eIyrKEMqvlY", site_id="acme")
