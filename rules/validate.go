package rules

import "sort"

// validators are the offline checks a rule can name with `validate`. Each
// takes the secret as the rule extracted it and reports whether its
// structure (a checksum, a length, an encoding) is that of a real token.
// Formats without a checksum cannot be validated offline; secretvet never
// calls a provider to find out.
var validators = map[string]func(secret string) bool{}

func validatorNames() []string {
	var names []string
	for n := range validators {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
