const client = new CartesiaClient({ apiKey: "sk_car_KZdGrnB8Baoi90Y8W81uja030TJuoRKxJ2JICmly" });
