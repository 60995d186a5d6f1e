package main

import (
	"bytes"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// base32 returns n characters of RFC 4648 base32 from a fixed seed: the
// shape of a Dynatrace token's parts, and no real token.
func base32(r *rand.Rand, n int) string {
	return random(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", n)
}

// random returns n characters of alphabet from r. Secrets are made at run
// time so that none sits in this file: the project vets itself.
func random(r *rand.Rand, alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.Intn(len(alphabet))]
	}
	return string(b)
}

// TestGoVet builds secretvet and runs it as go vet's tool over a fixture
// module: it must report the secrets with file:line and fail, and
// go vet -fix must leave code that builds.
func TestGoVet(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs go vet")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	bin := filepath.Join(t.TempDir(), "secretvet")
	if out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	r := rand.New(rand.NewSource(4))
	codeToken := "dt0c01." + base32(r, 24) + "." + base32(r, 64)
	embedToken := "dt0c01." + base32(r, 24) + "." + base32(r, 64)
	password := random(r, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 12)
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.com/fixture\n\ngo 1.26\n",
		"main.go": `package main

import (
	_ "embed"
	"fmt"
	"net/http"
	"strings"
)

//go:embed config.env
var config string

const dtToken = "` + codeToken + `"

func main() {
	req, _ := http.NewRequest("GET", "https://abc12345.live.dynatrace.com/api/v2/metrics", nil)
	req.Header.Set("Authorization", "Api-Token "+dtToken)
	req.SetBasicAuth("deploy", "` + password + `")
	fmt.Println(strings.HasPrefix(dtToken, "dt0c01."), len(config), req != nil)
}
`,
		"config.env": "DT_ENV_URL=https://abc12345.live.dynatrace.com\nDT_API_TOKEN=" + embedToken + "\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	env := append(os.Environ(), "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local", "GOPROXY=off")
	run := func(args ...string) (string, error) {
		cmd := exec.Command(goTool, args...)
		cmd.Dir, cmd.Env = dir, env
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		return out.String(), err
	}

	out, err := run("vet", "-vettool="+bin, "./...")
	if err == nil {
		t.Fatalf("go vet succeeded; want a failure. Output:\n%s", out)
	}
	for _, want := range []string{
		"main.go:13:17: dynatrace-api-token: ",
		"main.go:18:29: go-basic-auth-password: ",
		"config.env:2:14: dynatrace-api-token: ",
		"Credential Vault",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("go vet output lacks %q:\n%s", want, out)
		}
	}
	for _, secret := range []string{codeToken, embedToken, password} {
		if strings.Contains(out, secret) {
			t.Errorf("go vet output shows a secret unredacted:\n%s", out)
		}
	}

	if out, err := run("vet", "-vettool="+bin, "-fix", "./..."); err != nil {
		t.Fatalf("go vet -fix: %v\n%s", err, out)
	}
	fixed, err := os.ReadFile(filepath.Join(dir, "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`var dtToken = os.Getenv("DT_TOKEN")`, `os.Getenv("BASIC_AUTH_PASSWORD")`, `"os"`} {
		if !bytes.Contains(fixed, []byte(want)) {
			t.Errorf("fixed main.go lacks %s:\n%s", want, fixed)
		}
	}
	if out, err := run("build", "./..."); err != nil {
		t.Fatalf("go build after the fix: %v\n%s\n%s", err, out, fixed)
	}
	// What is left is the embedded file, which has no fix.
	out, err = run("vet", "-vettool="+bin, "./...")
	if err == nil || strings.Contains(out, "main.go:13") || !strings.Contains(out, "config.env:2:14") {
		t.Errorf("go vet after the fix: err=%v\n%s", err, out)
	}
}
