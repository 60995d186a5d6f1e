WEBHOOK_URL = "https://hook.eu1.make.com/lca3wglwm1flal6ooh3ssz4nmn5gxqmy"
