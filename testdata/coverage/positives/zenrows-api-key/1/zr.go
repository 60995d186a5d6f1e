zenrowsKey := "e779cc6729a8446ca5622f105ff37e3a21fc5b78"
