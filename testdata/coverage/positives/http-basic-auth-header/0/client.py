headers = {"Authorization": "Basic YXBpOlJLMHdqOW8wa3BOeGpIeU12bjVhV29QTQ=="}
