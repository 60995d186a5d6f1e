binaryedge_key = '2909f6de-0947-e945-83f0-9a3e1fd8b966'
