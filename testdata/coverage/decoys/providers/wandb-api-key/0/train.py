wandb.init(project="demo", id="3f2a9c1b")
