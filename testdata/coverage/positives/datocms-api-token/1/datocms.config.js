const datocmsReadonlyToken = 'b118989814dec01ef23647253cca00';
