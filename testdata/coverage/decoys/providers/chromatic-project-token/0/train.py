chpt_folders = latest_checkpoint_dir.split('/')
