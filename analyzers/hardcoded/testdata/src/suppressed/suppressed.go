// Package suppressed accepts secrets with markers, on the line or alone on
// the line above.
package suppressed

var a = "dt0c01.HBRPOIGF3CBFNOBM2O4RAK3V.RJNVGFYGWWQC5HYFSXMECOSFOGYR5XKXWNREKPK5YROUDOCUZRENUN7Z5JQIPQ3Z" //secretvet:allow documentation example

//nolint:secretvet // fixture for the client tests
var b = "dt0c01.XOI7FDHJK3EYY5QAHRVHS3K5.AQLGTMJXKAU7BHXTPDPFF7EII6KQ3NMTZX44HPOEVBOOAEDOECVEPR7NI6P62MGG"

var c = "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" // gitleaks:allow

var dbPassword = "Kx7mQ2rT9vLp" //secretvet:allow local test database

var d = 1                                                                                                  //secretvet:allow a trailing marker does not reach the next line
var e = "dt0c01.3W325DGDZVGPMM4I3LR5PE4G.DAFPK276NZDKYAYQ5S37JMSNDDUDD6KDFLEEPZHPCF2UQNUPQZIT5UEA5GENQIWE" // want `dynatrace-api-token: `

//nolint:gosec // another linter's marker accepts nothing
var f = "dt0c01.PXSK4TATGIQHGJRSNVNQ7QDF.3RCAVIQK43AHEJCXJ3ICTXCWNPGW2JPKL2BLV2PRKGYC6OM5WTOOBMZVRERWZVBH" // want `dynatrace-api-token: `
