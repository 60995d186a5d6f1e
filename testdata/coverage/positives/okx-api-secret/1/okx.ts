const client = new RestClient({ apiKey, okxApiSecret: '3DBB377B2708A5545160E765321B36D7', apiPass });
