curl https://mm.example.org/hooks/fg95vt1etjwnrk2gr4ee5pa1h8
