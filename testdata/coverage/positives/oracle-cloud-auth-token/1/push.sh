docker login iad.ocir.io -u 'tenancy/oracleidentitycloudservice/me@example.com' -p 'sDY39X(FXhQy>rHE_aBp'
