prisma_cloud_secret = "dr95weMLHJcVLOXubfd/mncYQ4q="
