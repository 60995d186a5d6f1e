smart = smartsheet.Smartsheet(os.environ['SMARTSHEET_ACCESS_TOKEN'])
