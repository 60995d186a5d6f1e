tailscale up --login-server https://hs.example.com --authkey hskey-auth-fzwLjMa3_gtI-QVGyv7svJNuh4ZhK2r6H5HwnocOaF5S0oNfsLtACLdZvjRPqpS1wdYFNgEz0bvdU
