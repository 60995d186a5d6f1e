const gladiaKey = "27e7d401-2cb5-636b-c357-9017fc380f10";
