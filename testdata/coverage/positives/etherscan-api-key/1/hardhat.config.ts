  etherscan: {
    apiKey: "YH31NA5BW2J0UPMGQ0YGJ9NGB3YGL5TDZB",
  },
