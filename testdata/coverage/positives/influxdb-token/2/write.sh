influx write --bucket metrics --org acme --token DyreFGh66WJCaf4gzhZj69ng3jJWjSGa4i1i3O8rSlAJCSiqE0Iju5ruJWBm4IuYbrqZUTDMG4r8mgA6qjCySg== --file data.lp
