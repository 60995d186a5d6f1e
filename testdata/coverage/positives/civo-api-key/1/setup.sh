civo apikey add ci-key 7lhjgsNWHb2oJouSdeOjGOGJFlZSeHztDOo8MuzkpKr4EEkJZl
civo apikey current ci-key
