headers: { Accept: 'application/json', Authorization: 'fsq3qwQQ2scFTk+74dbeJAZwjPaXBpx9PrrNHM4b0OhsSfQ=' },
