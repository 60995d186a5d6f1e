// Package monaco recognises the files of a Monaco project (Dynatrace
// configuration as code) by their content and turns them into fragments to
// scan and into structural findings that no token rule could make:
//
//   - manifest.yaml (manifestVersion with projects or environmentGroups):
//     every auth entry names an environment variable; a name that looks
//     like a token is RuleLiteralAuthSecret.
//   - config files (configs: with config.{name, template, parameters}): a
//     literal parameter value, or a literal default: of a type: environment
//     parameter, under a key that looks secret is
//     RuleLiteralSecretParameter, whether or not a token rule matches it.
//   - templates (the JSON a config's template: names, found by reading the
//     configs next to it, or any JSON holding Go-template placeholders such
//     as {{ .name }}): in a credential-vault or *-credentials config, a
//     literal password, token or secretKey is
//     RuleLiteralCredentialInTemplate. Monaco never downloads these configs,
//     so their secrets must come from a parameter.
//
// YAML is read with gopkg.in/yaml.v3, whose nodes carry the line and column
// of every value; values are then found in the physical text word by word,
// so that a finding in a block scalar (a script kept in a parameter) is
// placed exactly. Files named by type: file parameters are not read here:
// the walk scans every file of the tree anyway.
package monaco
