"PHASE_SERVICE_TOKEN": "pss_service:v1:fake",
