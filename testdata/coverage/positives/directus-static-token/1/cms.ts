const directusStaticToken = "EvyxKbaeVYewXQZAjPBcWc1xNqsnvJNZG01ziXhu";
