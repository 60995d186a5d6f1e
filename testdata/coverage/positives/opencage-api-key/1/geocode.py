geocoder = OpenCageGeocode(opencage_key := '63b7390f65bb2021bb1591367b326a2f')
