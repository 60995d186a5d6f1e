const zoomClientSecret = 'HmmoXCxoXGTcEGGlHPXyYBvV7sYtHvZT';
