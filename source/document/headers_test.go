package document

import (
	"testing"
)

func TestSensitiveHeaders(t *testing.T) {
	for _, tt := range []struct {
		file   string
		want   []string // header names, in order
		values []string // placeholders whose token is the value (after the scheme)
	}{
		{"workflow-object.json", []string{"Authorization"}, []string{"@@T3@@"}},
		{"workflow-array.json", []string{"X-Auth-Token"}, []string{"@@T1@@"}},
		{"notebook.json", nil, nil},
	} {
		t.Run(tt.file, func(t *testing.T) {
			data, toks := loadFixture(t, tt.file)
			frags, _, ok, err := Extract(tt.file, data)
			if !ok || err != nil {
				t.Fatalf("Extract: %v %v", ok, err)
			}
			got := SensitiveHeaders(frags)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d header findings, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, h := range got {
				if h.Header != tt.want[i] {
					t.Errorf("header %d = %q, want %q", i, h.Header, tt.want[i])
				}
				tok := toks[tt.values[i]]
				if h.Fragment.Text != tok && h.Fragment.Text != "Api-Token "+tok {
					t.Errorf("header %s value is not the planted token", h.Header)
				}
			}
		})
	}
}

func TestIsSensitiveHeader(t *testing.T) {
	for name, want := range map[string]bool{
		"Authorization": true, "authorization": true, "Proxy-Authorization": true,
		"Api-Token": true, "X-API-Key": true, "X-Auth-Token": true, "Cookie": true,
		"X-Client-Secret": true, "x-my-token": true, "X-Password": true,
		"Content-Type": false, "Accept": false, "X-Trace": false,
		"Idempotency-Key": false, "Keep-Alive": false, "": false,
	} {
		if got := IsSensitiveHeader(name); got != want {
			t.Errorf("IsSensitiveHeader(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestIsLiteralHeaderValue(t *testing.T) {
	for v, want := range map[string]bool{
		"":                                   false,
		"   ":                                false,
		"{{ execution().id }}":               false,
		`Bearer {{ result("login").token }}`: false,
		"Api-Token {{ env.x }}{{ env.y }}":   false,
		"Bearer":                             false,
		"Bearer abc123":                      true,
		"abc123":                             true,
		"Basic dXNlcjpwYXNz":                 true,
		"{{ x }} literal":                    true,
		"{{ unclosed":                        true,
		"prefix-{{ x }}":                     true,
		"Token {{ .param }}":                 false, // Monaco placeholder
		"session={{ cookie }}; theme=dark":   true,
	} {
		if got := IsLiteralHeaderValue(v); got != want {
			t.Errorf("IsLiteralHeaderValue(%q) = %v, want %v", v, got, want)
		}
	}
}
