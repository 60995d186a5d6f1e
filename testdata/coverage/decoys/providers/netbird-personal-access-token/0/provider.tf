token = "nbp_dff9darUyoVVkm0z79zef6jX48G0YW3wzqSB"
