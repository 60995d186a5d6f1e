Posthog(project_api_key='phc_x', personal_api_key='phx_MEHNateQVGyv7svJNuh4ZhK2r6H5HwnocOaF5S0oNfs')
