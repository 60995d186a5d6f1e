package monaco

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/secretvet/secretvet/fragment"
	"github.com/secretvet/secretvet/source/jsonpos"
	"gopkg.in/yaml.v3"
)

// goTemplate is a Go-template action on a field, as Monaco templates use.
var goTemplate = regexp.MustCompile(`\{\{\s*\.[A-Za-z_][A-Za-z0-9_.]*\s*\}\}`)

// credentialKeys are the template keys of a hidden credential config that
// hold the secret (lower case).
var credentialKeys = map[string]bool{
	"password": true, "token": true, "secretkey": true, "secret": true, "authtoken": true,
	"apitoken": true, "accesstoken": true, "privatekey": true, "clientsecret": true,
	"certificate": true, "passphrase": true,
}

// credentialText finds a credential key and its string value in text that is
// not valid JSON.
var credentialText = regexp.MustCompile(`(?i)"(password|token|secretKey|secret|authToken|apiToken|accessToken|privateKey|clientSecret|certificate|passphrase)"\s*:\s*"((?:[^"\\\n]|\\.)*)"`)

// extractTemplate reads a JSON file as a Monaco template when a config next
// to it names it in template:, or when it holds Go-template placeholders.
func extractTemplate(name string, data []byte, near Files) (Result, bool, error) {
	placeholders := goTemplate.Match(data)
	layout := credentialLayout(name)
	if !placeholders && !layout {
		return Result{}, false, nil
	}
	res := Result{Kind: Template}
	types, referenced, problems := referencingConfigs(name, near)
	res.Problems = problems
	if !referenced && !placeholders {
		return Result{}, false, nil
	}
	credential := layout
	for _, t := range types {
		credential = credential || isCredentialType(t)
	}
	res.Fragments = []fragment.Fragment{{
		Text:   string(data),
		Origin: fragment.Origin{Path: name, Kind: fragment.MonacoTemplate},
	}}
	if credential {
		what := "credential"
		if len(types) > 0 {
			what = strings.Join(types, ", ")
		}
		literals, err := templateLiterals(name, data, what)
		res.Literals = literals
		if err != nil {
			res.Problems = append(res.Problems, err)
		}
	}
	return res, true, nil
}

// referencingConfigs finds the configs, in the template's folder or the one
// above it, whose template: names it, and returns their types. A Monaco
// project may name a template from anywhere; farther configs are not found.
func referencingConfigs(name string, near Files) (types []string, found bool, problems []error) {
	if near == nil {
		return nil, false, nil
	}
	base := path.Base(name)
	self := map[string]string{".": base}
	if dir := path.Base(path.Dir(name)); dir != "." && dir != "/" && dir != ".." {
		self[".."] = "../" + dir + "/" + base
	}
	for _, dir := range []string{".", ".."} {
		want, ok := self[dir]
		if !ok {
			continue
		}
		names, err := near.ReadDir(dir)
		if err != nil && !isNotExist(err) {
			problems = append(problems, fmt.Errorf("listing %s to find the config of this template: %w", dir, err))
		}
		for _, n := range names {
			if !strings.HasSuffix(n, ".yaml") && !strings.HasSuffix(n, ".yml") {
				continue
			}
			data, err := near.ReadFile(path.Join(dir, n))
			if err != nil {
				if !isNotExist(err) {
					problems = append(problems, fmt.Errorf("reading %s: %w", path.Join(dir, n), err))
				}
				continue
			}
			if !bytes.Contains(data, []byte("configs:")) {
				continue
			}
			for _, c := range templateConfigs(data) {
				if path.Clean(path.Join(dir, c.template)) == want {
					found = true
					types = append(types, c.typ)
				}
			}
		}
	}
	return types, found, problems
}

type templateConfig struct{ template, typ string }

// templateConfigs lists the template and type of each config of a config
// file; a file that is not valid YAML lists none.
func templateConfigs(data []byte) (out []templateConfig) {
	defer func() {
		if recover() != nil {
			out = nil
		}
	}()
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) != nil || len(doc.Content) == 0 {
		return nil
	}
	cs := get(doc.Content[0], "configs")
	if cs == nil || cs.Kind != yaml.SequenceNode {
		return nil
	}
	for _, c := range cs.Content {
		if t := scalar(get(get(c, "config"), "template")); t != "" {
			out = append(out, templateConfig{template: t, typ: configType(get(c, "type"))})
		}
	}
	return out
}

// configType names a config's type: "credential-vault" for api:
// credential-vault (or {api: {name: …}}), else the type's kind ("settings",
// "automation", "document").
func configType(n *yaml.Node) string {
	switch {
	case n == nil:
		return ""
	case n.Kind == yaml.ScalarNode:
		return n.Value
	case n.Kind != yaml.MappingNode || len(n.Content) < 2:
		return ""
	}
	if api := get(n, "api"); api != nil {
		if s := scalar(api); s != "" {
			return s
		}
		return scalar(get(api, "name"))
	}
	return n.Content[0].Value
}

// templateLiterals finds the literal credentials of a template. Templates
// may be invalid JSON where a placeholder stands for a whole value
// ("ownerAccessOnly": {{ .owner }}); such placeholders are filled with a
// number of the same length first. JSON that is still invalid is checked
// as text, and the error says so.
func templateLiterals(name string, data []byte, what string) ([]Literal, error) {
	lines := fragment.NewLines(string(data))
	var out []Literal
	add := func(key, ptr string, start int, raw string) {
		text := raw
		if err := json.Unmarshal([]byte(`"`+raw+`"`), &text); err != nil {
			text = raw
		}
		if !isLiteral(text) {
			return
		}
		p := lines.Locate(start)
		f := fragment.Fragment{
			Text:    text,
			Origin:  fragment.Origin{Path: name, Pointer: ptr, Kind: fragment.MonacoTemplate, Title: "template key " + key},
			Locator: fragment.NewLinesAt(text, p.Line, p.Column),
		}
		out = append(out, Literal{Fragment: f, RuleID: RuleLiteralCredentialInTemplate, Key: key, Description: fmt.Sprintf(
			"Literal %q in the template of a %s config: Monaco never downloads these configs, so the secret must come from a type: environment parameter ({{ .%s }})", key, what, key)})
	}
	err := jsonpos.Scalars(fillPlaceholders(data), func(v jsonpos.Value) {
		if v.Kind == jsonpos.String && credentialKeys[strings.ToLower(v.Key)] {
			add(v.Key, v.Pointer, v.Start+1, string(v.Raw(data)))
		}
	})
	if err == nil {
		return out, nil
	}
	out = nil
	for _, m := range credentialText.FindAllSubmatchIndex(data, -1) {
		key := string(data[m[2]:m[3]])
		add(key, "", m[4], string(data[m[4]:m[5]]))
	}
	return out, fmt.Errorf("template is not valid JSON (%v): its credentials were looked for as text", err)
}

// fillPlaceholders replaces each placeholder that stands where a JSON value
// goes (after ':', ',' or '[') by "0" and spaces, keeping every offset.
func fillPlaceholders(data []byte) []byte {
	out := append([]byte(nil), data...)
	for _, m := range goTemplate.FindAllIndex(data, -1) {
		i := m[0] - 1
		for i >= 0 && isSpace(data[i]) {
			i--
		}
		if i < 0 || (data[i] != ':' && data[i] != ',' && data[i] != '[') {
			continue
		}
		out[m[0]] = '0'
		for j := m[0] + 1; j < m[1]; j++ {
			out[j] = ' '
		}
	}
	return out
}
