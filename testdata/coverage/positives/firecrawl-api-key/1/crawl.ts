const app = new FirecrawlApp({ apiKey: "fc-e13482146253f4d01fb1d29d0058eef9" });
