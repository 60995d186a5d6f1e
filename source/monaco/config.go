package monaco

import (
	"fmt"
	"strconv"

	"github.com/secretvet/secretvet/fragment"
	"gopkg.in/yaml.v3"
)

// configs reads every config of a config file: its parameters and those of
// its group and environment overrides.
func (x *extractor) configs(top *yaml.Node) {
	cs := get(top, "configs")
	for i, c := range cs.Content {
		ptr := "/configs/" + strconv.Itoa(i)
		id := scalar(get(c, "id"))
		if id == "" {
			id = strconv.Itoa(i)
		}
		x.parameters(get(get(c, "config"), "parameters"), ptr+"/config/parameters", id)
		for _, ov := range []string{"groupOverrides", "environmentOverrides"} {
			list := get(c, ov)
			if list == nil || list.Kind != yaml.SequenceNode {
				continue
			}
			for j, o := range list.Content {
				x.parameters(get(get(o, "override"), "parameters"), fmt.Sprintf("%s/%s/%d/override/parameters", ptr, ov, j), id)
			}
		}
	}
}

func (x *extractor) parameters(m *yaml.Node, ptr, id string) {
	if m == nil || m.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		key := m.Content[i].Value
		x.parameter(key, m.Content[i+1], ptr+"/"+escape(key), id)
	}
}

// parameter reads one parameter by its kind (research notes, section 6.2):
// a literal (shorthand, type: value, a list), type: environment with its
// default, type: compound's format. type: reference has no text, and
// type: file names a file that the walk scans by itself.
func (x *extractor) parameter(key string, v *yaml.Node, ptr, id string) {
	p := param{key: key, id: id, secret: looksSecretKey(key)}
	if v.Kind != yaml.MappingNode {
		x.value(p, v, ptr)
		return
	}
	switch scalar(get(v, "type")) {
	case "":
		x.value(p, v, ptr) // a literal map
	case "value":
		x.value(p, get(v, "value"), ptr+"/value")
	case "environment":
		name := get(v, "name")
		x.emit(name, ptr+"/name", fragment.MonacoParam, p.title(), key)
		if d := get(v, "default"); d != nil {
			p.secret = p.secret || looksSecretKey(scalar(name))
			p.envDefault = scalar(name)
			x.value(p, d, ptr+"/default")
		}
	case "compound":
		p.secret = false // its format joins references
		x.value(p, get(v, "format"), ptr+"/format")
	case "list":
		x.value(p, get(v, "values"), ptr+"/values")
	case "reference", "file":
	default:
		p.secret = false
		x.value(p, v, ptr)
	}
}

// param is the parameter a value belongs to.
type param struct {
	key, id    string
	secret     bool   // the key (or a key on the way) names a secret
	envDefault string // the variable, when the value is an environment default
}

func (p param) title() string {
	return fmt.Sprintf("config %s: parameter %s", p.id, p.key)
}

// value emits every scalar under n; a literal under a secret key is also a
// structural finding. A nested key that looks secret makes its values
// secret too (a literal map parameter {user: x, password: y}).
func (x *extractor) value(p param, n *yaml.Node, ptr string) {
	if n == nil {
		return
	}
	switch n.Kind {
	case yaml.ScalarNode:
		f, ok := x.emit(n, ptr, fragment.MonacoParam, p.title(), p.key)
		if !ok || !p.secret || n.Tag == "!!bool" || !isLiteral(n.Value) {
			return
		}
		desc := fmt.Sprintf("Literal value of the Monaco parameter %q (config %s): it is committed with the project and deployed as is; make it a type: environment parameter", p.key, p.id)
		if p.envDefault != "" {
			desc = fmt.Sprintf("Literal default: of the Monaco environment parameter %q (config %s): when %s is not set, the committed value is deployed; drop the default", p.key, p.id, p.envDefault)
		}
		x.literal(f, RuleLiteralSecretParameter, p.key, desc)
	case yaml.SequenceNode:
		for i, e := range n.Content {
			x.value(p, e, ptr+"/"+strconv.Itoa(i))
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			q := p
			k := n.Content[i].Value
			q.secret = p.secret || looksSecretKey(k)
			x.value(q, n.Content[i+1], ptr+"/"+escape(k))
		}
	}
}
