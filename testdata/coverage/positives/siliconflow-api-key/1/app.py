siliconflow:
  api_key: x
siliconflow_api_key: "sk-oudupvpgzhdwnadxqqrgnuozncijdapudvjihavinqfjnmuf"
