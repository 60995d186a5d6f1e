APOLLO_KEY=user:gh.octocat:d6CgoK9CWkpzgxbY9mTOHW rover graph fetch shop@current
