headers: { Authorization: "Bearer tly-IdVSCyLR2wdVkuyUcNus9KGoJ1Iakei7" },
