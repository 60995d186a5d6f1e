docker build --build-arg RAILS_MASTER_KEY=1ecaa441d14b08ff9849791107e4a21b -t app .
