expect(headers.Authorization).toBe('Bearer perm:abc');
