const surgeToken = "ea7b843a04f5f5e9ea5da3ef5bf6df96";
