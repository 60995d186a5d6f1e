const token = 'fcm:APA91b7DUjTp3djbLhx0HRWR2b'
