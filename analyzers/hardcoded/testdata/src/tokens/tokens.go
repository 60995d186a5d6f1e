// Package tokens holds tokens as Go writes them: split over constants,
// named, typed, inside a longer string, and where Go needs a constant.
package tokens

import "fmt"

// A token split over constants: neither part is a token, the sum is.
const (
	pub = "HBRPOIGF3CBFNOBM2O4RAK3V"
	sec = "RJNVGFYGWWQC5HYFSXMECOSFOGYR5XKXWNREKPK5YROUDOCUZRENUN7Z5JQIPQ3Z"
)

var apiToken = "dt0c01." + pub + "." + sec // want `^dynatrace-api-token: Dynatrace access token \(dt0c01\): a classic API token, PaaS token or personal access token \(dt0c01\.HBRPOIGF3CBFNOBM2O4RAK3V\.\*{8}\); read API_TOKEN from the environment at run time, set from the Credential Vault or secret store\.$`

// A named constant is reported at its declaration, not at its uses; the
// fix makes it a variable.
const dtToken = "dt0c01.XOI7FDHJK3EYY5QAHRVHS3K5.AQLGTMJXKAU7BHXTPDPFF7EII6KQ3NMTZX44HPOEVBOOAEDOECVEPR7NI6P62MGG" // want `dynatrace-api-token: .*read DT_TOKEN from the environment`

func use() {
	fmt.Println(dtToken)
	fmt.Println("token: " + dtToken)
}

// Inside a longer value: the fix keeps the rest.
var authValue = "Api-Token dt0c01.3W325DGDZVGPMM4I3LR5PE4G.DAFPK276NZDKYAYQ5S37JMSNDDUDD6KDFLEEPZHPCF2UQNUPQZIT5UEA5GENQIWE" // want `dynatrace-api-token: `

// A typed value: the fix converts.
type Token string

var typed Token = "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" // want `github-pat: `

// A conversion from a rune is part of the value, not a constant name.
const g = 'g'

var fromRune = string(g) + "hp_59yvKqFSgqonVF08wPrTOzMJBCPen22qp8rC" // want `github-pat: `

// A local constant becomes a local variable.
func local() string {
	const tok = "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" // want `github-pat: `
	return tok
}

// Constants Go needs as constants get no fix.
const (
	grouped = "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" // want `github-pat: `
	count   = 3
)

// Exported: importers may use it as a constant.
const Exported = "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" // want `github-pat: `

// Used in another constant: reported once, at base, and no fix.
const base = "dt0c01.PXSK4TATGIQHGJRSNVNQ7QDF.3RCAVIQK43AHEJCXJ3ICTXCWNPGW2JPKL2BLV2PRKGYC6OM5WTOOBMZVRERWZVBH" // want `dynatrace-api-token: `

const withPath = base + "/v2"

var sized [len("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")]byte // want `github-pat: `

func match(s string) bool {
	switch s {
	case "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": // want `github-pat: `
		return true
	}
	return s == withPath
}
