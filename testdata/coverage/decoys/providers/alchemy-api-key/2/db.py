sqlalchemy_key = "Fox9TOIWLuwNIIF6pVuqiwKJ32S8ZpVo"
