Net::HTTP.get(URI("https://nosnch.in/3d341db0fa?m=done"))
