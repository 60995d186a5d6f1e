package monaco

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/secretvet/secretvet/fragment"
	"gopkg.in/yaml.v3"
)

// Rule ids of the structural findings.
const (
	RuleLiteralSecretParameter      = "monaco-literal-secret-parameter"
	RuleLiteralCredentialInTemplate = "monaco-literal-credential-in-template"
	RuleLiteralAuthSecret           = "monaco-literal-auth-secret"
)

// Kind is the kind of Monaco file.
type Kind string

// Kinds of Monaco file; None means not a Monaco file.
const (
	None     Kind = ""
	Manifest Kind = "manifest"
	Config   Kind = "config"
	Template Kind = "template"
)

// Literal is a structural finding: a literal value where Monaco wants a
// reference to an environment variable.
type Literal struct {
	// Fragment is the literal value; Locate(0) is where it starts.
	Fragment fragment.Fragment
	RuleID   string
	// Key is the parameter, template key or auth entry that holds it.
	Key         string
	Description string
}

// Result is what Extract found in one file.
type Result struct {
	Kind Kind
	// Fragments are the texts to scan with the rules: the values (kind
	// MonacoParam, MonacoManifest) or the whole template (MonacoTemplate),
	// and, for YAML, the remainder: the whole file as kind File with the
	// extracted values blanked out.
	Fragments []fragment.Fragment
	// Literals are the structural findings.
	Literals []Literal
	// Names maps a fragment's pointer to the key that names its value (the
	// parameter "password" for "/configs/0/config/parameters/password/value"),
	// for remediation to name the replacement.
	Names map[string]string
	// Problems are parts read only in part: a template that is not valid
	// JSON (checked as text), a config next to it that could not be read.
	Problems []error
}

// Files reads files next to the scanned one: names are relative to its
// folder and may start with "../". A nil Files means there are none (an
// archive member, a git blob, standard input).
type Files interface {
	ReadFile(name string) ([]byte, error)
	// ReadDir lists the file names (not folders) of a folder.
	ReadDir(name string) ([]string, error)
}

// maxNearFile bounds the size of a config read to find a template's type.
const maxNearFile = 1 << 20

// DirFiles returns the Files of folder dir on disk.
func DirFiles(dir string) Files { return osFiles(dir) }

type osFiles string

func (d osFiles) ReadFile(name string) ([]byte, error) {
	p := filepath.Join(string(d), filepath.FromSlash(name))
	st, err := os.Stat(p)
	if err != nil {
		return nil, err
	}
	if st.Size() > maxNearFile {
		return nil, fmt.Errorf("%s: larger than %d bytes", name, maxNearFile)
	}
	return os.ReadFile(p)
}

func (d osFiles) ReadDir(name string) ([]string, error) {
	es, err := os.ReadDir(filepath.Join(string(d), filepath.FromSlash(name)))
	var out []string
	for _, e := range es {
		if e.Type().IsRegular() {
			out = append(out, e.Name())
		}
	}
	return out, err
}

// Extract reads the file at path (slash-separated; for an archive member,
// the member's name) if it is a Monaco manifest or config (a .yaml or .yml
// file whose content is one) or a template (JSON, see extractTemplate).
// ok=false means it is not (scan it as usual). err != nil means it claims to
// be one (a YAML file with configs: or manifestVersion) but is not valid
// YAML: scan it as plain text and report err.
func Extract(path string, data []byte, near Files) (res Result, ok bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, ok, err = Result{}, false, fmt.Errorf("monaco: reading %s: %v", path, r)
		}
	}()
	if isYAMLName(path) && mayBeYAML(data) {
		return extractYAML(path, data)
	}
	if looksJSON(data) {
		return extractTemplate(path, data, near)
	}
	return Result{}, false, nil
}

// isYAMLName: Monaco reads manifests and configs only from .yaml and .yml
// files; what they are is then decided by their content.
func isYAMLName(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".yaml") || strings.HasSuffix(n, ".yml")
}

// mayBeYAML is the cheap test that keeps most files away from the parser.
func mayBeYAML(data []byte) bool {
	return (bytes.Contains(data, []byte("configs:")) || bytes.Contains(data, []byte("manifestVersion"))) && !looksJSON(data)
}

func looksJSON(data []byte) bool {
	for _, c := range data {
		switch c {
		case ' ', '\t', '\r', '\n', 0xEF, 0xBB, 0xBF:
			continue
		case '{', '[':
			return true
		}
		return false
	}
	return false
}

func extractYAML(name string, data []byte) (Result, bool, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		if claimsMonaco(data) {
			return Result{}, false, fmt.Errorf("monaco file is not valid YAML: %w", err)
		}
		return Result{}, false, nil
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return Result{}, false, nil
	}
	top := doc.Content[0]
	x := newExtractor(name, data)
	switch {
	case isManifest(top):
		x.res.Kind = Manifest
		x.manifest(top)
	case isConfig(top):
		x.res.Kind = Config
		x.configs(top)
	default:
		return Result{}, false, nil
	}
	x.res.Fragments = append(x.res.Fragments, x.remainder())
	return x.res, true, nil
}

// claimsMonaco: a top-level configs: or manifestVersion: key.
func claimsMonaco(data []byte) bool {
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "configs:") || strings.HasPrefix(line, "manifestVersion:") {
			return true
		}
	}
	return false
}

func isManifest(top *yaml.Node) bool {
	return get(top, "manifestVersion") != nil && (get(top, "projects") != nil || get(top, "environmentGroups") != nil)
}

func isConfig(top *yaml.Node) bool {
	cs := get(top, "configs")
	if cs == nil || cs.Kind != yaml.SequenceNode {
		return false
	}
	for _, c := range cs.Content {
		if cfg := get(c, "config"); cfg != nil && cfg.Kind == yaml.MappingNode {
			return true
		}
	}
	return false
}

// get returns the value of key in mapping m, or nil. Aliases are not
// followed: the anchored value is read where it is defined.
func get(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// scalar returns the value of a scalar node, or "".
func scalar(n *yaml.Node) string {
	if n == nil || n.Kind != yaml.ScalarNode {
		return ""
	}
	return n.Value
}

// escape escapes a key for a JSON pointer.
func escape(s string) string {
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(s)
}

// hiddenCredentialTypes are the config types Monaco never downloads: their
// templates must take the secret from a parameter.
var hiddenCredentialTypes = []string{"credential-vault", "aws-credentials", "azure-credentials", "kubernetes-credentials"}

func isCredentialType(t string) bool {
	t = strings.ToLower(t)
	for _, h := range hiddenCredentialTypes {
		if t == h {
			return true
		}
	}
	return strings.HasSuffix(t, "-credentials")
}

// credentialLayout: the file sits in a folder named after a hidden
// credential type (Monaco's download layout), for when no config says so.
func credentialLayout(name string) bool {
	for _, d := range strings.Split(path.Dir(strings.ReplaceAll(name, `\`, "/")), "/") {
		if isCredentialType(d) {
			return true
		}
	}
	return false
}

var errNotFound = errors.New("not found")

// isNotExist tells errors that mean "no such file" from real read errors.
func isNotExist(err error) bool {
	return errors.Is(err, fs.ErrNotExist) || errors.Is(err, errNotFound)
}
