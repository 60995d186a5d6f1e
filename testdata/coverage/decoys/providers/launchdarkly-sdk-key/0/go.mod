require github.com/aws/aws-sdk-go v1.55.5
