String accessKey = "LT_7Q9VDYAV19wFLSyqYgykuCgFD51ZQwtZGNhGaWfdOWBIAr";
