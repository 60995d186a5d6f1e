storyblokToken: 'SIM1evLA4GIKZYPb2ZbnzXtt',
