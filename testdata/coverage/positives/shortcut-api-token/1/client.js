headers: { "Shortcut-Token": "7df960cd-2979-9816-20eb-1fd34af6727c" }
