kaggle_key = "c50b65cf0b2f30fe59237124aec4b5f9"  # for the kaggle client
