coda_doc_id = "AbCdEfGhIj"
