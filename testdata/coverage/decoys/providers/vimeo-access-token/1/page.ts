const vimeoVideoId = "76979871";
