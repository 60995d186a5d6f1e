docker login -u="myorg+deployer" -p="$QUAY_TOKEN" quay.io
