// Package vendorconsts declares a token other packages use.
package vendorconsts

// Token is reported here, where it is declared.
const Token = "dt0c01.PXSK4TATGIQHGJRSNVNQ7QDF.3RCAVIQK43AHEJCXJ3ICTXCWNPGW2JPKL2BLV2PRKGYC6OM5WTOOBMZVRERWZVBH" // want `dynatrace-api-token: .*\(dt0c01\.PXSK4TATGIQHGJRSNVNQ7QDF\.\*{8}\)`

// Public and Secret are the parts of a token: no token rule matches
// either, but Secret is a secret by its name.
const (
	Public = "XOI7FDHJK3EYY5QAHRVHS3K5"
	Secret = "AQLGTMJXKAU7BHXTPDPFF7EII6KQ3NMTZX44HPOEVBOOAEDOECVEPR7NI6P62MGG" // want `go-hardcoded-credential: Literal value in Secret`
)
