provider "cockroach" {
  apikey = "CCDB1_8Nuri8N6TVDoPeWSTP5egO_UlH470InwRbzm1SuBefHlQyxG10lN4CNSSzS6CeR"
}
