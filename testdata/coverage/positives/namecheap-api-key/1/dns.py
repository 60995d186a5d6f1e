url = "https://api.namecheap.com/xml.response?ApiUser=acme&ApiKey=a580923e7469e502c0e6ac98a38d6638&UserName=acme&Command=namecheap.domains.getList"
