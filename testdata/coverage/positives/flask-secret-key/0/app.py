app = Flask(__name__)
app.secret_key = "tXtwXGfhm06ITTMYD7m91lK1cMGgqFaD"
