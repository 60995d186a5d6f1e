headers = {"Authorization": "whm root:V3LVKF0MJ83M9WLZJLAEAQZJ74P8XPMH"}
