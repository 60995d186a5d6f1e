Affirm.configure do |c|
  c.public_api_key  = "67TY15F4ASLRA1YK"
  c.affirm_private_key = "NFm499ySq6MhWjrPvs2064hCgdX7hoVd"
end
