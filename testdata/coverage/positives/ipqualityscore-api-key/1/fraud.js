fetch(`https://ipqualityscore.com/api/json/ip/BQ23T3tv4zrClEdu8GH1j6eezc1kNyAU/${ip}`);
