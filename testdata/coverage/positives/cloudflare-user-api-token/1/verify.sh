curl -H "Authorization: Bearer cfut_mgrZYiXaIdSKuffKs1YRODRX46xIQD0j3FCTw0Iz24ff27d5" https://api.cloudflare.com/client/v4/user/tokens/verify
