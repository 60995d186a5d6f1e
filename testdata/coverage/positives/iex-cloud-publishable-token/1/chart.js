fetch(`https://cloud.iexapis.com/stable/stock/${s}/chart/1m?token=pk_373e43b39ba348f20c692dc32c85c064`)
