curl -H "Authorization: Bearer 00Dp7mEiVm4qVpm!VQ2VKhTy71qtVXGpzRgcZTEJWtc7DLuOfQkvqrI29iz02JGhorVopaPWDpriK3oCXVab7F8gY3C6gdDwVHpA3IFrviamDvya" https://demo.my.salesforce.com/services/data/v60.0/
