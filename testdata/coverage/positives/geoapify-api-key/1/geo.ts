const geoapifyKey = "1bb3e37484d3cc7435a1f0ec120b68f5";
