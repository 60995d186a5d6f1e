eventbrite = Eventbrite('x')
eventbrite_token = 'FH0EZE4I67PKVXNMIMGN'
