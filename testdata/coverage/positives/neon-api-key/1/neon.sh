curl -H "Authorization: Bearer napi_qgnt91xiq7310r8az5f0vh3l58dc6e6jjqx9ubuchrt1tcec4vftksv43nwugefv" https://console.neon.tech/api/v2/projects
