const resend = new Resend('re_kzQ6y9Xq_2RayohkSfkBaym3wwt28ArgQ');
