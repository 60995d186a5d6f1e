curl -F package=@dist/app-1.0.tgz https://AlYbqhQMbcXNLBrM5Ep7@push.fury.io/acme/
