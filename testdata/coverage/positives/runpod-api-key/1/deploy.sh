curl -H "Authorization: Bearer rpa_9YDW2LW7JZ386R38Q244BO9QO6HRCLXJKE2POE8M" https://rest.runpod.io/v1/pods
