String accessKey = "LT_aUYJo0LFx8ptiGUnZob2lf88of4HwRsA6YmDacoqNdPopjz";
