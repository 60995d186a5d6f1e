napi_status status = napi_create_function(env, NULL, 0, Method, NULL, &fn);
