headers: { Authorization: `Bearer perm:amFuZS5kb2U=.NDMtMQ==.pJ1lEfQGn1DuG6zYKk3TaLsoZr4KIv` },
