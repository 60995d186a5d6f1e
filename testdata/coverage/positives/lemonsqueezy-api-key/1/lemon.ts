lemonSqueezySetup({ apiKey: process.env.X });
const LEMON_SQUEEZY_API_KEY = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiIxIiwic3ViIjoiOTg3NjU0In0.mg-PxKe2sonZAt-CapWxnIMXi_ZdZ3Em9lm_NR40GpntNytnzUxrw0m-rVBK_XfgpH7qoKG03UrgxQK9FIzJZQ";
