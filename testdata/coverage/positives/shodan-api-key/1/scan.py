api = shodan.Shodan("YDy4kcuXl8EsSUWKVHTUbla7y4zkN8HK")
