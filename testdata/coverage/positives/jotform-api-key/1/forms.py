jotformAPIClient = JotformAPIClient('x')
jotform_key = 'eed6988841fee8f5b3d7fbcd613871af'
