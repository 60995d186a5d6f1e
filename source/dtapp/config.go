package dtapp

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/secretvet/secretvet/fragment"
	"github.com/secretvet/secretvet/source/jsonpos"
)

// ConfigNames are the app config files that make a folder a dt-app
// project, in the order they are preferred.
var ConfigNames = []string{"app.config.json", "app.config.ts", "app.config.js", "app.config.cts", "app.config.mjs"}

// appConfig is what the checks need from an app config.
type appConfig struct {
	path   string // relative to the project, slash-separated
	data   string
	lines  *fragment.Lines
	id     string
	scopes []*scope
	// sourceMaps is "true" or "all" when the build ships source maps; at
	// is where the value stands.
	sourceMaps string
	sourceAt   place
}

// scope is one declared scope.
type scope struct {
	name       string
	comment    string
	hasComment bool
	at         place // the name's value, inside its quotes
}

// place is a span of the config: byte offsets.
type place struct{ start, end int }

// parseConfig reads an app config: JSON by its structure, JS and TS as
// text (they are code; the common literal forms are recognised).
func parseConfig(name string, data []byte) (*appConfig, error) {
	c := &appConfig{path: name, data: string(data), lines: fragment.NewLines(string(data))}
	if strings.HasSuffix(name, ".json") {
		return c, c.parseJSON(data)
	}
	c.parseText()
	return c, nil
}

var scopePointer = regexp.MustCompile(`^/app/scopes/(\d+)/(name|comment)$`)

func (c *appConfig) parseJSON(data []byte) error {
	byIndex := map[int]*scope{}
	err := jsonpos.Scalars(data, func(v jsonpos.Value) {
		switch {
		case v.Pointer == "/app/id" && v.Kind == jsonpos.String:
			c.id = v.Text
		case v.Pointer == "/build/sourceMaps":
			if v.Text == "true" || v.Kind == jsonpos.String && v.Text == "all" {
				c.sourceMaps, c.sourceAt = v.Text, place{v.Start, v.End}
			}
		default:
			m := scopePointer.FindStringSubmatch(v.Pointer)
			if m == nil {
				return
			}
			i, _ := strconv.Atoi(m[1])
			s := byIndex[i]
			if s == nil {
				s = &scope{}
				byIndex[i] = s
				c.scopes = append(c.scopes, s)
			}
			if m[2] == "name" {
				s.name, s.at = v.Text, inner(v)
			} else {
				s.comment, s.hasComment = v.Text, true
			}
		}
	})
	if err != nil {
		return fmt.Errorf("%s is not valid JSON: %w", c.path, err)
	}
	// a scope with a comment and no name is not one
	kept := c.scopes[:0]
	for _, s := range c.scopes {
		if s.name != "" {
			kept = append(kept, s)
		}
	}
	c.scopes = kept
	return nil
}

// inner is the span of a string's text, without its quotes.
func inner(v jsonpos.Value) place {
	if v.Kind == jsonpos.String {
		return place{v.Start + 1, v.End - 1}
	}
	return place{v.Start, v.End}
}

var (
	textAppID      = regexp.MustCompile(`\bid\s*:\s*['"` + "`" + `]([a-z0-9]+(?:\.[a-z0-9]+)*)['"` + "`" + `]`)
	textScope      = regexp.MustCompile(`\bname\s*:\s*['"` + "`" + `]([a-z][a-z0-9-]*(?::[a-z0-9*._-]+){1,3})['"` + "`" + `]`)
	textComment    = regexp.MustCompile(`\bcomment\s*:\s*(?:'([^'\n]*)'|"([^"\n]*)"|` + "`([^`]*)`" + `)`)
	textSourceMaps = regexp.MustCompile(`\bsourceMaps\s*:\s*(true|['"` + "`" + `]all['"` + "`" + `])`)
)

// parseText reads app.config.{js,ts}: scope objects {name: '…', comment:
// '…'} with the comment looked for within the same braces.
func (c *appConfig) parseText() {
	d := c.data
	if m := textAppID.FindStringSubmatch(d); m != nil {
		c.id = m[1]
	}
	for _, m := range textScope.FindAllStringSubmatchIndex(d, -1) {
		s := &scope{name: d[m[2]:m[3]], at: place{m[2], m[3]}}
		open := strings.LastIndexByte(d[:m[0]], '{')
		end := strings.IndexByte(d[m[1]:], '}')
		if open >= 0 && end >= 0 {
			if cm := textComment.FindStringSubmatch(d[open : m[1]+end]); cm != nil {
				s.comment, s.hasComment = cm[1]+cm[2]+cm[3], true
			}
		}
		c.scopes = append(c.scopes, s)
	}
	if m := textSourceMaps.FindStringSubmatchIndex(d); m != nil {
		c.sourceMaps = strings.Trim(d[m[2]:m[3]], `'"`+"`")
		c.sourceAt = place{m[2], m[3]}
	}
}

// declares tells whether the config declares a scope that grants need.
func (c *appConfig) declares(need string) bool {
	for _, s := range c.scopes {
		if satisfies(s.name, need) {
			return true
		}
	}
	return false
}
