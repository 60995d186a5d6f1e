expect(isPublicHttpsUrl("https://hooks.zapier.com/hooks/catch/1/abc")).toBe(true);
