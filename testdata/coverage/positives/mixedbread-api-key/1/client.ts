const mixedbreadApiKey = "mxb_5VrTHYN2sG92i9k160FLJa2Vdi5c3TohTkI4PlWx";
