printf("%s-%llx-%zu", a, b, c);
