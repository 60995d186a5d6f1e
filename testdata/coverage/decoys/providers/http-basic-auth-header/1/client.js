headers: { Authorization: 'Basic ' + btoa(user + ':' + pass) }
