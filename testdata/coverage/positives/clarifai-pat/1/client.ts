const clarifaiPat = "ee4deac994aff76e19273f1198bc78c4";
