config :my_app, MyAppWeb.Endpoint,
  secret_key_base: "b11lPIPlnD6W64B05qmJWSoyiYnVZbc1ynp8c5WnWGeD9rzUMjuswx/qUeojxAFJ"
