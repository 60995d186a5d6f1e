const k = 'oWubXS.Jt2Eir:hU6FgJd8-CPvVzhigax60BBDZkxVzPpKpStAnJ5bpYd';
