define( 'AUTH_KEY',         'M:SVEuF89=YG)<sH-Mx|_j|{Z2KU0rahB!|&.nZygn%1orYNX{M={1N(n(HdoV??' );
