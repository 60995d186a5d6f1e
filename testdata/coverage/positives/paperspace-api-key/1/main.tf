provider "paperspace" {
  paperspace_api_key = "57224f2ba019330e323c2290c1c59739"
}
