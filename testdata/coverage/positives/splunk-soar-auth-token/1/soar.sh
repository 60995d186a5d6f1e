curl -k -H 'ph-auth-token: QP0zt58dwZkRwnaBVijs/bUrQyPVGsG+gd5edhylDiq=' https://soar.example.com/rest/container
