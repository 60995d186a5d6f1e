default_headers={"Helicone-Auth": "Bearer pk-helicone-f27cqaf-hxa4iib-mdpqcy4-lcgtrpj"}
