const shipengine = new ShipEngine(); const shipengineKey = '7ntuMCnN2lDg/hCdoYJuahE7NeAVst+KMZAW78RV9W9';
