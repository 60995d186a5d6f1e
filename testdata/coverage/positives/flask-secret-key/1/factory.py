app.config['SECRET_KEY'] = 'f0ae221958e6ac0f7ad42ec9fbdf28b7795ecf07159ced8b'
