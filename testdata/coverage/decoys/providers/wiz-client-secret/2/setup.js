const wizardSecretStep = '60wl34hw';
