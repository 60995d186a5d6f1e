curl -F package=@dist/app.tgz https://${FURY_TOKEN}@push.fury.io/acme/
