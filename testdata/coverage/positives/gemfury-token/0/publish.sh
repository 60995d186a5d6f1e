curl -F package=@dist/app-1.0.tgz https://p7ey6sZvacr3aHmoUHcc@push.fury.io/acme/
