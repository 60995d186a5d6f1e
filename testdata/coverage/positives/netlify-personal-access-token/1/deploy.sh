netlify deploy --auth nfp_GWx11jb0uwa7KRnCVHprFIEPOt35VOxfeUPA --prod
