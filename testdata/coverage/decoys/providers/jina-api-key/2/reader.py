key = "jina_7561128d61831c933ebbde94b90b04a7jnr7TYNQ-2WisSlp-VFy"
