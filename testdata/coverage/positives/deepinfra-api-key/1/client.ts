export const deepinfraToken = "W9Z9AjnSxf2rCKUc5zzw9yIzrAyuqhhz";
