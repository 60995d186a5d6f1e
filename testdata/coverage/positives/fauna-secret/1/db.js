const faunaKey = "fnAT0mfpWG9u5zvgy6wOInJdvl2lneSGaq_CAUwb";
const client = new Client({ secret: faunaKey });
