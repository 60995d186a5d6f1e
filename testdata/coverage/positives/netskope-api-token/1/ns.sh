curl -H 'Netskope-Api-Token: 50563dd3efabf7678dc391869d0bf47f' https://tenant.goskope.com/api/v2/events
