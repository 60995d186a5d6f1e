package golangci_test

import (
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis/analysistest"

	_ "github.com/secretvet/secretvet/plugin/golangci"
)

func TestPlugin(t *testing.T) {
	newPlugin, err := register.GetPlugin("secretvet")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(map[string]any{"disable": []string{"embedded"}})
	if err != nil {
		t.Fatal(err)
	}
	if p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Errorf("load mode %q, want %q", p.GetLoadMode(), register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || as[0].Name != "hardcoded" {
		t.Fatalf("analyzers %v, want only hardcoded", as)
	}
	analysistest.Run(t, analysistest.TestData(), as[0], "plugintarget")

	if _, err := newPlugin(map[string]any{"disable": []string{"nosuch"}}); err == nil {
		t.Error("unknown analyzer in disable: want an error")
	}
	if _, err := newPlugin(map[string]any{"unknown": true}); err == nil {
		t.Error("unknown setting: want an error")
	}
	if p, err := newPlugin(nil); err != nil {
		t.Errorf("no settings: %v", err)
	} else if as, _ := p.BuildAnalyzers(); len(as) != 2 {
		t.Errorf("no settings: %d analyzers, want 2", len(as))
	}
}
