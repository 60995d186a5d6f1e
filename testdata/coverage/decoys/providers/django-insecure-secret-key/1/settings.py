SECRET_KEY = 'django-insecure-538_^wf+h-i596xffz@!$*i-3m-)mpee565jov4c06a7j!mrs'
