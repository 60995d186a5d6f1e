nomad job run -token="$NOMAD_TOKEN" app.nomad.hcl
