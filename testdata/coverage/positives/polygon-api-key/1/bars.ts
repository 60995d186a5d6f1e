fetch(`https://api.polygon.io/v2/aggs/ticker/AAPL/prev?adjusted=true&apiKey=joFpgiJ0LgZFXYZoaMD6fnFen1Nju7Py`)
