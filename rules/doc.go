// Package rules holds secretvet's rules and the engine that runs them.
//
// Rules use the gitleaks TOML schema, so a user's .gitleaks.toml works
// unchanged. The default set is gitleaks' own default rules (read from the
// pinned gitleaks module, not copied) plus the rule files embedded from this
// folder (*.toml: the whole Dynatrace token family, more providers, checksum
// validators, quieter generic keys), which come first, in file name order.
//
// The engine knows nothing about files, git, documents or output formats: it
// takes a text (and the path and commit that path and commit allowlists need)
// and returns matches: the rule, the byte span of the match and of the secret.
// It is the hot path of every front door, so it does as little as it can:
//
//   - one case-insensitive keyword pass over the text for all rules
//     (an Aho-Corasick automaton, see package keywords);
//   - a rule's regular expression runs only on windows around the keyword
//     hits that can make it match, where the rule's longest possible match
//     is bounded, and on the whole text only where it is not;
//   - the secret group, entropy, allowlists and stopwords come after, with
//     gitleaks' semantics;
//   - encoded segments (percent, unicode escapes, hex, base64) are decoded
//     and the rules run again on what they hide, as gitleaks does.
package rules
