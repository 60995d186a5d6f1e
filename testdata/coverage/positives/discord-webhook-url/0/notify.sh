curl -X POST -d '{}' https://discord.com/api/webhooks/351413753506549194/VRgCG9U9Y-gV3c_IEreR6HvRZwnvMMYdb3LI5Bb47ENGqrL82sknbZSjJ_SlpHw89VVj
