r = requests.get(f'https://cloud.iexapis.com/stable/stock/{sym}/quote?token=Tsk_15e51424a03397633f9234acc6ed3adb')
