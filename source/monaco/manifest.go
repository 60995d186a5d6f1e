package monaco

import (
	"fmt"
	"strconv"

	"github.com/secretvet/secretvet/fragment"
	"gopkg.in/yaml.v3"
)

// manifest reads the auth of every environment and account. Monaco reads
// auth only from environment variables: every auth entry is {name: VAR}
// (type: environment is the only type), so a name that looks like a token
// is a token pasted where the variable's name belongs.
func (x *extractor) manifest(top *yaml.Node) {
	if groups := get(top, "environmentGroups"); groups != nil && groups.Kind == yaml.SequenceNode {
		for i, g := range groups.Content {
			envs := get(g, "environments")
			if envs == nil || envs.Kind != yaml.SequenceNode {
				continue
			}
			for j, e := range envs.Content {
				ptr := fmt.Sprintf("/environmentGroups/%d/environments/%d", i, j)
				title := "environment " + scalar(get(e, "name"))
				x.values(get(e, "url"), ptr+"/url", title)
				x.auth(get(e, "auth"), ptr+"/auth", title, "auth")
			}
		}
	}
	if accounts := get(top, "accounts"); accounts != nil && accounts.Kind == yaml.SequenceNode {
		for i, a := range accounts.Content {
			ptr := "/accounts/" + strconv.Itoa(i)
			title := "account " + scalar(get(a, "name"))
			x.auth(get(a, "oAuth"), ptr+"/oAuth", title, "oAuth")
			x.values(get(a, "apiUrl"), ptr+"/apiUrl", title)
		}
	}
}

// auth walks an auth mapping down to its entries: a mapping with a name
// (and maybe a type) is an AuthSecret; tokenEndpoint and the like are
// typed values.
func (x *extractor) auth(n *yaml.Node, ptr, title, key string) {
	if n == nil || n.Kind != yaml.MappingNode {
		return
	}
	if name := get(n, "name"); name != nil && get(n, "value") == nil {
		f, ok := x.emit(name, ptr+"/name", fragment.MonacoManifest, title+": "+key, key)
		if ok && tokenShaped(name.Value) {
			x.literal(f, RuleLiteralAuthSecret, key, fmt.Sprintf(
				"The name of the Monaco auth entry %q (%s) looks like a token, not like the name of an environment variable: Monaco reads auth only from environment variables", key, title))
		}
		return
	}
	if get(n, "value") != nil {
		x.values(n, ptr, title)
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i].Value
		x.auth(n.Content[i+1], ptr+"/"+escape(k), title, k)
	}
}

// values emits a typed value ({type, value}) or a plain scalar.
func (x *extractor) values(n *yaml.Node, ptr, title string) {
	switch {
	case n == nil:
	case n.Kind == yaml.ScalarNode:
		x.emit(n, ptr, fragment.MonacoManifest, title, "")
	case n.Kind == yaml.MappingNode:
		x.emit(get(n, "value"), ptr+"/value", fragment.MonacoManifest, title, "")
	}
}
