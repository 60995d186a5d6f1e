package plugintarget

import "net/http"

func call(req *http.Request) {
	req.SetBasicAuth("deploy", "Zq8rT2vLx9Wp") // want `go-basic-auth-password: `
}
