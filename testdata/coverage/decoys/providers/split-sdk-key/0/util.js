const parts = line.split(','); const key = parts[0];
