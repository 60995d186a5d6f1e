const segmentWriteKey = "2laECFm91ywHBeneq40jgFyFqLwYkQ3C";
