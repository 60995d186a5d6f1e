curl -X POST https://alert.victorops.com/integrations/generic/20131114/alert/536d73f7-2793-c1a6-dc1d-df4e7d174fc7/ops -d @alert.json
