const zoomLevel = 12;
