const polygonKey = polygonKeys[i];
