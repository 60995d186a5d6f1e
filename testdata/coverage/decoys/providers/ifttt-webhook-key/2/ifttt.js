var url = 'http://maker.ifttt.com/trigger/' + name + '/with/key/' + this.secret;
