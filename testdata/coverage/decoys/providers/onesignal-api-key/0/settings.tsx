placeholder="os_v2_app_..."
