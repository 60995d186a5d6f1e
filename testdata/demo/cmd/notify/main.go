// Command notify sends a test event to Dynatrace.
package main

import (
	"fmt"
	"net/http"
)

const ingestToken = "dt0c01.CJAQC3P7U6YOTNIH2JOFT6M4.SFIHQPDJONUDUD6AQCG4LPTSWYODTD53KSVEQN3FEJ3Z6ONVV6YQRAOIRLBBZN2N"

func main() {
	req, _ := http.NewRequest("POST", "https://abc12345.live.dynatrace.com/api/v2/events/ingest", nil)
	req.Header.Set("Authorization", "Api-Token "+ingestToken)
	fmt.Println(req.URL)
}
