headers = {"X-ChatWorkToken": "b8608b22909c967c9d7ec65b0eb04da0"}
