client = Mistral(api_key="8GH1j6eezc1kNyAUKDOOeBAWimEBhbe0")
