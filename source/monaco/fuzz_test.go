package monaco

import (
	"strings"
	"testing"
)

// FuzzMonaco feeds any bytes to Extract, as a file on its own and as a
// template next to itself taken as config.yaml. Seeds are in
// testdata/fuzz/FuzzMonaco. Extract must not panic (it recovers, and the
// recovered panic is its error), and everything it returns must be
// placeable in the file.
func FuzzMonaco(f *testing.F) {
	f.Add("config.yaml", []byte(configYAML))
	f.Add("cred/credential.json", []byte(`{"name": "{{ .name }}", "password": "x", "o": {{ .o }}}`))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		for _, near := range []Files{nil, mapFiles{"config.yaml": string(data), "../config.yaml": string(data)}} {
			res, ok, err := Extract(name, data, near)
			if err != nil && strings.HasPrefix(err.Error(), "monaco: reading") {
				t.Fatalf("panic: %v", err)
			}
			if !ok {
				continue
			}
			for _, fr := range res.Fragments {
				for _, off := range []int{0, len(fr.Text) / 2, len(fr.Text)} {
					if p := fr.Locate(off); p.Line < 1 || p.Column < 1 {
						t.Fatalf("%s offset %d placed at %+v", fr.Origin.Pointer, off, p)
					}
				}
			}
			for _, l := range res.Literals {
				if p := l.Fragment.Locate(0); p.Line < 1 || p.Column < 1 || l.RuleID == "" {
					t.Fatalf("literal %+v placed at %+v", l, p)
				}
			}
			if res.Kind != Template {
				if rest := res.Fragments[len(res.Fragments)-1]; len(rest.Text) != len(data) {
					t.Fatalf("remainder of %d bytes for a %d-byte file", len(rest.Text), len(data))
				}
			}
		}
	})
}
