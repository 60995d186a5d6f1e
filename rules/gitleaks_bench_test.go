package rules_test

import (
	"fmt"
	"testing"
)

// BenchmarkScan measures the throughput of secretvet's engine and of
// gitleaks' detector, both with gitleaks' default rules, over the planted
// corpus of TestGitleaksDiff (see gitleaks_corpus_test.go; -corpus.modules
// and -corpus.full choose it), one file after the other on one goroutine,
// at gitleaks' CLI default decode depth (5) and without decoding (0).
// scripts/bench-engine.sh runs it and prints the ratios.
func BenchmarkScan(b *testing.B) {
	c := loadCorpus(b)
	b.Logf("corpus: %d files, %d bytes, %d planted secrets", len(c.files), c.bytes, c.plants)
	for _, depth := range []int{5, 0} {
		b.Run(fmt.Sprintf("secretvet/depth=%d", depth), func(b *testing.B) {
			e := newSecretvetEngine(b, depth)
			b.SetBytes(int64(c.bytes))
			b.ReportAllocs()
			for b.Loop() {
				for _, f := range c.files {
					secretvetScan(e, f)
				}
			}
		})
		b.Run(fmt.Sprintf("gitleaks/depth=%d", depth), func(b *testing.B) {
			d := newGitleaksDetector(b, depth)
			b.SetBytes(int64(c.bytes))
			b.ReportAllocs()
			for b.Loop() {
				for _, f := range c.files {
					gitleaksScan(d, f)
				}
			}
		})
	}
}
