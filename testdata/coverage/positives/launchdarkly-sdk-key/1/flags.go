client, _ := ld.MakeClient("sdk-085c575d-8296-c9a3-fd76-e2c9cb5ce5d1", 5*time.Second)
