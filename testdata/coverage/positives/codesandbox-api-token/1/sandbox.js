const sdk = new CodeSandbox("csb_v1_HY-oFrgHeg7moF4NPthwIB6ksFj00kGPXVxGTFpQhRv");
