const pandadocKey = "099aa2fca7a0b4dfff66bd2afa1865de7ec76c0e";
