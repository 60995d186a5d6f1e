export const redis = new Redis({
  url: 'https://enormous-wolf-49215.upstash.io',
  token: 'AXLGJpkFZLAU6BrH2FI2XxpOUrAfPhCAVbKmUodqljPEgNA1CVtBLV1ws1Cle/=',
});
