// Package usesconsts uses constants of another package: the value is
// reported where this package uses it, with no fix (the literal is not here).
package usesconsts

import (
	"fmt"

	"vendorconsts"
)

var direct = vendorconsts.Token // want `dynatrace-api-token: Dynatrace access token \(dt0c01\).* in constant vendorconsts\.Token \(dt0c01\.PXSK4TATGIQHGJRSNVNQ7QDF\.\*{8}\)`

func twice() {
	fmt.Println(vendorconsts.Token) // want `in constant vendorconsts\.Token`
	fmt.Println(vendorconsts.Token) // want `in constant vendorconsts\.Token`
}

// assembled here from another package's parts
var assembled = "dt0c01." + vendorconsts.Public + "." + vendorconsts.Secret // want `dynatrace-api-token: .*\(dt0c01\.XOI7FDHJK3EYY5QAHRVHS3K5\.\*{8}\)`

// one part alone is no token
var part = vendorconsts.Secret
