client = ScrapflyClient(key="scp-test-e36329b4eab41fb83ca13b444d28c130")
