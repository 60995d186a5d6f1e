package pipeline

import (
	"fmt"
	"strings"
	"unsafe"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/fragment"
	"github.com/secretvet/secretvet/rules"
	"github.com/secretvet/secretvet/rules/remediation"
	"github.com/secretvet/secretvet/source/archive"
	"github.com/secretvet/secretvet/source/document"
	"github.com/secretvet/secretvet/source/sourcemap"
)

// Scanner scans inputs with one engine. It is safe for concurrent use.
type Scanner struct {
	Engine  *rules.Engine
	Archive archive.Limits
}

// Output is what scanning one input produced.
type Output struct {
	Findings  []finding.Finding
	Skipped   []finding.Skipped
	Fragments int
}

// File scans the content of one file, whatever it holds.
func (s *Scanner) File(path string, data []byte) Output {
	return s.FileAt(fragment.Origin{Path: path}, data)
}

// FileAt scans the content of one file whose origin is known beyond its
// path: a blob of git history carries its commit, author and date, and
// every finding in it does too.
//
// data must not change after the call (File, FileAt and FileChanged do not
// copy it: the findings' texts point into it).
func (s *Scanner) FileAt(o fragment.Origin, data []byte) Output {
	return s.FileChanged(o, data, nil)
}

// LineRange is a run of lines of a file, 1-based, Last included.
type LineRange struct{ First, Last int }

// FileChanged scans a new version of a file of which only the lines in
// changed are new (nil: the whole file is). A plain-text file is scanned
// in those lines only, each range as a fragment at its place in the file;
// archives, documents, source maps and Monaco configurations are scanned
// whole, because a part of them cannot be parsed. The caller widens the
// ranges by a few lines of context for secrets that span lines.
func (s *Scanner) FileChanged(o fragment.Origin, data []byte, changed []LineRange) Output {
	var out Output
	if archive.IsArchive(o.Path, data) {
		err := archive.Walk(o.Path, data, s.Archive,
			func(m archive.Member) {
				mo := o
				mo.Member = m.Name
				s.content(&out, mo, m.Data, string(m.Data), nil)
			},
			func(sk finding.Skipped) { out.Skipped = append(out.Skipped, sk) })
		if err != nil {
			out.Skipped = append(out.Skipped, finding.Skipped{Path: o.Path, Reason: fmt.Sprintf("archive read only in part: %v", err)})
		}
		return out
	}
	// The text is data itself, not a copy: findings' texts point into it.
	s.content(&out, o, data, unsafe.String(unsafe.SliceData(data), len(data)), changed)
	return out
}

// content scans one file or archive member by what it holds; a plain-text
// one only in the changed lines when they are given.
func (s *Scanner) content(out *Output, o fragment.Origin, data []byte, physical string, changed []LineRange) {
	name := o.Path
	if o.Member != "" {
		name = o.Member
	}
	if sourcemap.IsSourceMap(name, data) {
		frags, err := sourcemap.Extract(o.Path, o.Member, data)
		if err != nil {
			out.Skipped = append(out.Skipped, finding.Skipped{Path: o.Path, Member: o.Member, Reason: fmt.Sprintf("source map: %v", err)})
		}
		if len(frags) > 0 {
			s.fragments(out, physical, o, frags)
			return
		}
	}
	if looksLikeJSON(data) {
		frags, _, ok, err := document.Extract(name, data)
		switch {
		case err != nil:
			out.Skipped = append(out.Skipped, finding.Skipped{Path: o.Path, Member: o.Member,
				Reason: fmt.Sprintf("not parsed as a document, scanned as plain text: %v", err)})
		case ok:
			s.fragments(out, physical, o, frags)
			s.headers(out, physical, frags)
			return
		}
	}
	if s.monaco(out, physical, o, name, data) {
		return
	}
	if changed != nil {
		s.fragments(out, physical, o, lineFragments(physical, changed))
		return
	}
	s.fragments(out, physical, o, []fragment.Fragment{{Text: physical, Origin: fragment.Origin{Kind: fragment.File}}})
}

// lineFragments cuts the line ranges (sorted, not overlapping) out of text,
// each with a locator that places it at its lines in the file.
func lineFragments(text string, ranges []LineRange) []fragment.Fragment {
	frags := make([]fragment.Fragment, 0, len(ranges))
	line, off := 1, 0 // off is the start of line
	advance := func(to int) bool {
		for line < to {
			i := strings.IndexByte(text[off:], '\n')
			if i < 0 {
				return false
			}
			off += i + 1
			line++
		}
		return true
	}
	for _, r := range ranges {
		if r.First < line || r.Last < r.First || !advance(r.First) {
			continue
		}
		start := off
		if !advance(r.Last + 1) {
			off, line = len(text), r.Last+1
		}
		frags = append(frags, fragment.Fragment{
			Text:    text[start:off],
			Origin:  fragment.Origin{Kind: fragment.File},
			Locator: fragment.NewLinesAt(text[start:off], r.First, 1),
		})
	}
	return frags
}

func looksLikeJSON(data []byte) bool {
	for _, c := range data {
		switch c {
		case ' ', '\t', '\r', '\n', 0xEF, 0xBB, 0xBF: // whitespace and a UTF-8 BOM
			continue
		case '{', '-': // an object, or a multipart export's boundary
			return true
		}
		return false
	}
	return false
}

// fragments scans each fragment and places its matches. Each fragment's
// origin is completed from o: the file, the archive member, the commit.
func (s *Scanner) fragments(out *Output, physical string, o fragment.Origin, frags []fragment.Fragment) {
	target := o.Path
	if o.Member != "" {
		target += "!" + o.Member
	}
	file := s.Engine.File(target, o.Commit)
	defer file.Release()
	for i := range frags {
		fr := &frags[i]
		fr.Origin.Path, fr.Origin.Member = o.Path, o.Member
		fr.Origin.Commit, fr.Origin.Author, fr.Origin.Email, fr.Origin.Date = o.Commit, o.Author, o.Email, o.Date
		out.Fragments++
		ms := file.Scan(fr.Text)
		if len(ms) == 0 {
			continue
		}
		for _, m := range ms {
			out.Findings = append(out.Findings, Place(fr, physical, m))
		}
	}
}

// headers raises a finding for every literal credential header of a
// workflow HTTP task that no token rule already reported.
func (s *Scanner) headers(out *Output, physical string, frags []fragment.Fragment) {
	for _, h := range document.SensitiveHeaders(frags) {
		dup := false
		for _, f := range out.Findings {
			if f.Pointer == h.Fragment.Origin.Pointer && f.Path == h.Fragment.Origin.Path && f.Member == h.Fragment.Origin.Member {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		fr := h.Fragment
		value := strings.TrimSpace(fr.Text)
		m := rules.Match{Rule: literalHeaderRule, Start: 0, End: len(fr.Text), Secret: value,
			SecretStart: strings.Index(fr.Text, value), SecretEnd: strings.Index(fr.Text, value) + len(value)}
		f := Place(&fr, physical, m)
		f.Description = fmt.Sprintf("Literal %q header in a workflow HTTP request: every header value is shown to everyone who can see the workflow", h.Header)
		out.Findings = append(out.Findings, f)
	}
}

var literalHeaderRule = &rules.Rule{
	ID:          document.RuleLiteralAuthHeader,
	Description: "Literal credential header in a workflow HTTP request",
	Severity:    "high",
	Confidence:  "high",
	Family:      "dynatrace",
	Source:      "secretvet",
}

// Place turns a match in fragment fr (whose physical file's text is
// physical) into a finding.
func Place(fr *fragment.Fragment, physical string, m rules.Match) finding.Finding {
	o := fr.Origin
	f := finding.Finding{
		RuleID:      m.Rule.ID,
		Description: m.Rule.Description,
		Severity:    severity(m.Rule),
		Confidence:  Confidence(m.Rule),
		Tags:        append(append([]string{}, m.Rule.Tags...), decodedTags(m.Decoded)...),
		Path:        o.Path,
		Member:      o.Member,
		Pointer:     o.Pointer,
		Title:       o.Title,
		Commit:      o.Commit,
		Author:      o.Author,
		Email:       o.Email,
		Date:        o.Date,
		Secret:      m.Secret,
		Redacted:    finding.Redact(m.Secret),
		Entropy:     m.Entropy,
	}
	if o.Kind != "" && o.Kind != fragment.File {
		f.Kind = string(o.Kind)
	}
	if m.PathOnly {
		f.Secret = o.Path
		if o.Member != "" {
			f.Secret += "!" + o.Member
		}
		f.Redacted = f.Secret
		f.Line, f.Column, f.EndLine, f.EndColumn = 1, 1, 1, 1
		f.SecretInLine = [2]int{-1, -1}
	} else {
		start, end := m.SecretStart, m.SecretEnd
		if start < 0 {
			start, end = m.Start, m.End
		}
		p, q := fr.Locate(start), fr.Locate(end)
		f.Line, f.Column, f.EndLine, f.EndColumn = p.Line, p.Column, q.Line, q.Column
		if p.InnerLine > 0 {
			f.Origin = &finding.Origin{Path: o.OriginalPath, Line: p.InnerLine, Column: p.InnerColumn}
		}
		f.LineText, f.SecretInLine = physicalLine(physical, fr, p, f.Secret)
	}
	f.Fingerprint = finding.Fingerprint(f.RuleID, f.Secret)
	f.Remediation = remediation.For(remediation.Place{
		RuleID: f.RuleID, Path: o.Path, Member: o.Member, Kind: o.Kind,
		Name: assignedName(f.LineText, f.SecretInLine[0]), Commit: o.Commit, Date: o.Date,
	})
	return f
}

func severity(r *rules.Rule) finding.Severity {
	switch r.Severity {
	case "high", "medium", "low":
		return finding.Severity(r.Severity)
	}
	if r.Generic() {
		return finding.Medium
	}
	return finding.High
}

// Confidence is how sure a match of r is to be a real secret: the rule's
// own confidence when it sets one (secretvet's rules do), else high for
// gitleaks' rules that match a provider's own token shape, medium for
// those that need the provider's name next to the value (gitleaks'
// keyword-context rules, curl headers, JWTs, Kubernetes secrets, path
// rules) and low for generic rules.
func Confidence(r *rules.Rule) string {
	switch r.Confidence {
	case "high", "medium", "low":
		return r.Confidence
	}
	id := strings.ToLower(r.ID)
	switch {
	case r.Generic():
		return "low"
	case !r.HasRegex(), mediumByDefault[id]:
		return "medium"
	case strings.Contains(r.Pattern().String(), `{0,50}?(?:`):
		return "medium" // gitleaks' semi-generic shape: [\w.-]{0,50}?(?:name)… = value
	}
	return "high"
}

// mediumByDefault are gitleaks rules without a provider prefix that are not
// in gitleaks' keyword-context shape either.
var mediumByDefault = map[string]bool{
	"curl-auth-header": true, "curl-auth-user": true, "jwt": true, "jwt-base64": true,
	"kubernetes-secret-yaml": true, "hashicorp-tf-password": true, "nuget-config-password": true,
	"sidekiq-sensitive-url": true, "facebook-access-token": true,
}

func decodedTags(enc []string) []string {
	var out []string
	for _, e := range enc {
		out = append(out, "decoded:"+e)
	}
	return out
}

// physicalLine returns the line of the physical file at p and where the
// secret sits in it (-1 when it is not there literally, e.g. escaped).
func physicalLine(physical string, fr *fragment.Fragment, p fragment.Position, secret string) (string, [2]int) {
	start := lineStart(physical, p.Line)
	if start < 0 {
		return "", [2]int{-1, -1}
	}
	s, e := fragment.LineBounds(physical, start)
	line := physical[s:e]
	col := p.Column - 1
	if col >= 0 && col+len(secret) <= len(line) && line[col:col+len(secret)] == secret {
		return line, [2]int{col, col + len(secret)}
	}
	if i := strings.Index(line, secret); i >= 0 && secret != "" {
		return line, [2]int{i, i + len(secret)}
	}
	return line, [2]int{-1, -1}
}

// lineStart returns the offset of the first byte of 1-based line n.
func lineStart(text string, n int) int {
	off := 0
	for i := 1; i < n; i++ {
		j := strings.IndexByte(text[off:], '\n')
		if j < 0 {
			return -1
		}
		off += j + 1
	}
	return off
}

// assignedName guesses the identifier a secret is assigned to on its line
// ("apiToken" in `const apiToken = "…"`, "DT_API_TOKEN" in
// `DT_API_TOKEN=…`, "Authorization" in a header), so that the remediation
// can name the variable that replaces it.
func assignedName(line string, at int) string {
	if at <= 0 || at > len(line) {
		return ""
	}
	before := line[:at]
	// the last assignment-like operator before the secret
	i := strings.LastIndexAny(before, "=:")
	if i < 0 {
		return ""
	}
	name := strings.TrimRight(before[:i], " \t\"'`:=?|")
	j := len(name)
	for j > 0 && isIdentByte(name[j-1]) {
		j--
	}
	if len(name)-j < 3 {
		return "" // a minifier's name ("c", "e.t") says nothing
	}
	return name[j:]
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '-' || c == '.' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
