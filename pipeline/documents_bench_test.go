package pipeline

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/spf13/viper"
	glconfig "github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/detect"

	"github.com/secretvet/secretvet/rules"
)

// documents generates n Dynatrace notebooks and dashboards of realistic
// size and shape (code sections, DQL, markdown, cached result rows), a few
// of them with a planted token.
func documents(n int) map[string][]byte {
	r := rand.New(rand.NewSource(42))
	words := strings.Fields("fetch logs filter summarize count by host service error warn latency p95 timeseries makeTimeseries dt.entity.host loglevel content matchesPhrase sort limit")
	sentence := func(k int) string {
		var b strings.Builder
		for i := 0; i < k; i++ {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteByte(' ')
		}
		return b.String()
	}
	code := func(i int) string {
		s := "import { queryExecutionClient } from '@dynatrace-sdk/client-query';\nexport default async function () {\n"
		for k := 0; k < 15; k++ {
			s += fmt.Sprintf("  const v%d = await queryExecutionClient.queryExecute({ body: { query: '%s' } });\n", k, sentence(6))
		}
		if i%50 == 0 {
			s += "  const token = '" + fakeToken("dt0c01", int64(i)) + "';\n"
		}
		return s + "  return v0;\n}\n"
	}
	out := map[string][]byte{}
	for i := 0; i < n; i++ {
		var doc any
		if i%2 == 0 {
			var rows []map[string]any
			for k := 0; k < 40; k++ {
				rows = append(rows, map[string]any{"timestamp": fmt.Sprintf("2026-11-%02dT10:00:00Z", k%28+1), "content": sentence(12), "host.name": fmt.Sprintf("host-%d", k)})
			}
			doc = map[string]any{"version": "7", "defaultTimeframe": map[string]any{"from": "now-2h", "to": "now"}, "sections": []any{
				map[string]any{"id": "a", "type": "markdown", "markdown": "# " + sentence(30)},
				map[string]any{"id": "b", "type": "dql", "title": "q", "state": map[string]any{"input": map[string]any{"value": sentence(10)},
					"result": map[string]any{"code": 200, "value": map[string]any{"records": rows}}}},
				map[string]any{"id": "c", "type": "function", "title": "code", "state": map[string]any{"input": map[string]any{"value": code(i)}}},
			}}
		} else {
			tiles := map[string]any{}
			layouts := map[string]any{}
			for k := 0; k < 12; k++ {
				id := fmt.Sprint(k)
				switch k % 3 {
				case 0:
					tiles[id] = map[string]any{"type": "markdown", "title": "", "content": "## " + sentence(25)}
				case 1:
					tiles[id] = map[string]any{"type": "data", "title": sentence(3), "query": sentence(12), "visualization": "lineChart"}
				default:
					tiles[id] = map[string]any{"type": "code", "title": sentence(2), "input": code(i + k)}
				}
				layouts[id] = map[string]any{"x": 0, "y": k * 4, "w": 24, "h": 4}
			}
			doc = map[string]any{"version": 15, "variables": []any{}, "tiles": tiles, "layouts": layouts}
		}
		b, _ := json.MarshalIndent(doc, "", "  ")
		name := fmt.Sprintf("doc-%04d.json", i)
		out[name] = b
	}
	return out
}

// BenchmarkDocuments scans 1,000 generated notebooks and dashboards as
// documents with secretvet's pipeline, and as plain text with gitleaks'
// detector (its default rules, decode depth 5 for both), in one run:
// compare the two ns/op (scripts/bench-documents.sh prints the ratio).
func BenchmarkDocuments(b *testing.B) {
	docs := documents(1000)
	var total int64
	for _, d := range docs {
		total += int64(len(d))
	}
	b.Run("secretvet", func(b *testing.B) {
		cfg, err := rules.Default()
		if err != nil {
			b.Fatal(err)
		}
		s := &Scanner{Engine: rules.New(cfg, rules.Options{MaxDecodeDepth: 5})}
		b.SetBytes(total)
		for i := 0; i < b.N; i++ {
			n := 0
			for name, d := range docs {
				n += len(s.File(name, d).Findings)
			}
			if n < 20 {
				b.Fatalf("only %d findings: the planted tokens are missed", n)
			}
		}
	})
	b.Run("gitleaks", func(b *testing.B) {
		v := viper.New()
		v.SetConfigType("toml")
		if err := v.ReadConfig(strings.NewReader(glconfig.DefaultConfig)); err != nil {
			b.Fatal(err)
		}
		var vc glconfig.ViperConfig
		if err := v.Unmarshal(&vc); err != nil {
			b.Fatal(err)
		}
		cfg, err := vc.Translate()
		if err != nil {
			b.Fatal(err)
		}
		d := detect.NewDetector(cfg)
		d.MaxDecodeDepth = 5
		b.SetBytes(total)
		for i := 0; i < b.N; i++ {
			for name, doc := range docs {
				//lint:ignore SA1019 Detect, gitleaks' own entry point, takes this type
				d.Detect(detect.Fragment{Raw: string(doc), FilePath: name})
			}
		}
	})
}
