export const config = { clerkSecretKey: "sk_live_mbxsPc7kOd9y1GSMtOEsMFzdPYQRM4p5VZ6IQHLqNv" };
