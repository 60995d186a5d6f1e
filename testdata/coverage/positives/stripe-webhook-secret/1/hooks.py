endpoint_secret = "whsec_ggRP2E+BMoghofdMdgrC0adXfoKvbFSLROIw/PK7"
