publishKey: 'pub-c-229fdaf2-cc3d-114b-0677-f166b253b62d',
