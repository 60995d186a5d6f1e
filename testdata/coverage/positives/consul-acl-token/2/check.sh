curl -H "X-Consul-Token: d2916433-7362-5490-0443-a1dab653b2dd" http://127.0.0.1:8500/v1/agent/members
