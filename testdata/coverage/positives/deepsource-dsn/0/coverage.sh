export DEEPSOURCE_DSN=https://7a043bf2f1a1d2455ee7c2e9ab0dc0ec@app.deepsource.com
