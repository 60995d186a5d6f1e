tt.map({ key: tomtomKey = 'v8frkFpS3LZS0z3a6iY4wnyTyaZiHr5W', container: 'map' });
