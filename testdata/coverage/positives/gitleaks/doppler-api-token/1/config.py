DOPPLER_TOKEN = "dp.pt.pZ3t3qIHpaNccYcLqt2TbfRcCWFfSqsnxqzB7jumKAC"
