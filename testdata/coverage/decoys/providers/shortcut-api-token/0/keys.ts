const shortcutKey = 'ctrl+shift+k';
