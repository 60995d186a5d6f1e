export RAILS_MASTER_KEY=$(cat config/master.key)
