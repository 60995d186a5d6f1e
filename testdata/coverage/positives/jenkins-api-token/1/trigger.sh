jenkins_token=11bd2186d3df6fec3fdf3e95996a939e7a
curl -u "ci:$jenkins_token" https://jenkins/job/x/build
