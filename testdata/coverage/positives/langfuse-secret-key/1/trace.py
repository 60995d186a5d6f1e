Langfuse(public_key="pk-lf-2228ab94-59f8-78c2-ef85-a91a8efb6600", secret_key="sk-lf-a1db662f-bd1f-775a-a305-9aab2e454e5a")
