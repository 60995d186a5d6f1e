package finding

import (
	"strings"
	"testing"
)

func TestRedact(t *testing.T) {
	secretPart := strings.Repeat("ABCDEFGH", 8)
	for in, want := range map[string]string{
		"dt0c01.ST2EY72KQINMH574WMNVI7YN." + secretPart: "dt0c01.ST2EY72KQINMH574WMNVI7YN.********",
		"dt0s02.UZCK6ENL." + secretPart:                 "dt0s02.UZCK6ENL.********",
		"dt0abc.mypassword.x":                           "dt0a********", // not a Dynatrace token
		"AKIA" + "QYLPMN5HHHFPZAM2":                     "AKIA********",
		"short":                                         "********",
		"0123456789ab":                                  "01********",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}
