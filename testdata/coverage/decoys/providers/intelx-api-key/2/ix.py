intelx_search_id = '9496c2a2-bad4-2346-014b-7fd6138311a3'
