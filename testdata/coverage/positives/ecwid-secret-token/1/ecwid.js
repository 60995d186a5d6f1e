const ecwidToken = 'secret_vTTqiM7cM2bZVYyFCeMkZE5CXs8Vldbj';
