app.use(cookieParser("WLWXl8qZHZmyfceiRG0euPt4"));
