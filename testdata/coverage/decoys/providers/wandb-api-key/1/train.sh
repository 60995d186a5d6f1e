wandb login $WANDB_API_KEY
