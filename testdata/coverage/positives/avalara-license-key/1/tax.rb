AvaTax.configure do |c|
  c.avalara_license_key = '43E6D2515EE0AA7E'
end
