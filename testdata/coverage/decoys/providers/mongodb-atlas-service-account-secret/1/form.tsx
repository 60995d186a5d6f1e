placeholder: 'mdb_sa_sk_…'
