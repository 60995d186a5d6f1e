package golangci

import (
	"fmt"
	"slices"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/secretvet/secretvet/analyzers"
)

func init() {
	register.Plugin("secretvet", New)
}

// Settings are the plugin's settings in .golangci.yml.
type Settings struct {
	// Disable names analyzers not to run: "hardcoded", "embedded".
	Disable []string `json:"disable"`
}

// Plugin is the secretvet linter for golangci-lint.
type Plugin struct {
	settings Settings
}

// New builds the plugin from its settings (a map decoded from YAML, or nil).
func New(conf any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](conf)
	if err != nil {
		return nil, fmt.Errorf("secretvet plugin settings: %w", err)
	}
	known := map[string]bool{}
	for _, a := range analyzers.All() {
		known[a.Name] = true
	}
	for _, name := range s.Disable {
		if !known[name] {
			return nil, fmt.Errorf("secretvet plugin settings: unknown analyzer %q in disable", name)
		}
	}
	return &Plugin{settings: s}, nil
}

// BuildAnalyzers returns the analyzers that are not disabled.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	var out []*analysis.Analyzer
	for _, a := range analyzers.All() {
		if !slices.Contains(p.settings.Disable, a.Name) {
			out = append(out, a)
		}
	}
	return out, nil
}

// GetLoadMode asks for type information: the hardcoded analyzer folds
// constants and resolves callees and field types.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
