https://alert.victorops.com/integrations/generic/20131114/alert/85a0ee80-7df7-4d27-dbca-d4314b92b7b/ops
