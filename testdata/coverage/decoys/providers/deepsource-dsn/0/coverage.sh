export DEEPSOURCE_DSN=https://sampledsn@deepsource.io
