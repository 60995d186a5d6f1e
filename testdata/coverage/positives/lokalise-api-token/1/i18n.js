const lokaliseApi = new LokaliseApi({ apiKey: x }); const lokaliseToken = '853ebdecec6db43873e40e616c0e7472dc881074';
