provider "checkly" {
  api_key = "cu_96d960f37c7aec4ff88b5610d4d917b9"
}
