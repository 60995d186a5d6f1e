provider "datadog" {
  datadog_api_key = "e990947d9d660e7930cebeaf1c67bb0d"
}
