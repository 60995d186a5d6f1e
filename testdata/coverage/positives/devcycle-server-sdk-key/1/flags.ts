const devcycleClient = initializeDevCycle('dvc_server_3b00a89d_8258_116d_a65b_f64ece3224d7');
