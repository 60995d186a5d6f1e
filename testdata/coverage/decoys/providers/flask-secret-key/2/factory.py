app.config['SECRET_KEY'] = os.environ['SECRET_KEY']
