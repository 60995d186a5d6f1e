os.environ["WHYLABS_API_KEY"] = "wcYycccpUG.K04iGlDHXwX6rmf7HV37GsffWVShVMcPOeHW0yebsJhn8SJyUhvJ5O96yWnHDTAa:org-Vyqx"
