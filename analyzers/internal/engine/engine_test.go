package engine

import (
	"os"
	"path/filepath"
	"testing"
)

func TestConfigForStopsAtTheModuleRoot(t *testing.T) {
	root := t.TempDir()
	mod := filepath.Join(root, "mod")
	pkg := filepath.Join(mod, "internal", "pkg")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(p string) {
		if err := os.WriteFile(p, []byte("[extend]\nuseDefault = true\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(root, ".secretvet.toml")) // above the module: not ours
	write(filepath.Join(mod, "go.mod"))
	if got := configFor(pkg); got != "" {
		t.Fatalf("configFor found %q above the module root", got)
	}
	write(filepath.Join(mod, ".gitleaks.toml"))
	if got := configFor(pkg); got != filepath.Join(mod, ".gitleaks.toml") {
		t.Fatalf("configFor = %q, want the module's .gitleaks.toml", got)
	}
	write(filepath.Join(pkg, ".secretvet.toml"))
	if got := configFor(pkg); got != filepath.Join(pkg, ".secretvet.toml") {
		t.Fatalf("configFor = %q, want the nearest .secretvet.toml", got)
	}
	e1, err := ForDir(pkg)
	if err != nil {
		t.Fatal(err)
	}
	if e2, _ := ForDir(pkg); e1 != e2 {
		t.Error("the engine of one config is built twice")
	}
}
