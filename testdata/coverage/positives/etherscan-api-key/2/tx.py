url = f'https://api.etherscan.io/v2/api?chainid=1&module=account&action=balance&apikey=R5JV9FMT02KTO2VUPE5LJDVFIUMIQXB99X'
