url = f'https://financialmodelingprep.com/api/v3/profile/{sym}?apikey=VHRiTaGDcZOETehwoqEnD6PHyOv19drc'
