package text

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/report"
)

// ANSI styles.
const (
	bold   = "1"
	dim    = "2"
	red    = "31"
	green  = "32"
	yellow = "33"
	cyan   = "36"
)

// maxAlsoAt bounds the "same secret also in" list; the JSON report has all.
const maxAlsoAt = 5

type printer struct {
	w   *bufio.Writer
	o   report.Options
	err error
}

// paint wraps s in an ANSI style when colour is on.
func (p *printer) paint(style, s string) string {
	if !p.o.Color || s == "" {
		return s
	}
	return "\x1b[" + style + "m" + s + "\x1b[0m"
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

// Render writes r to w for a person to read.
func Render(w io.Writer, r *finding.Result, o report.Options) error {
	res := report.Ordered(r)
	p := &printer{w: bufio.NewWriter(w), o: o}
	files := 0
	for i := range res.Findings {
		f := &res.Findings[i]
		if i == 0 || f.Path != res.Findings[i-1].Path {
			if i > 0 {
				p.printf("\n")
			}
			p.printf("%s\n", p.paint(bold, clean(f.Path)))
			files++
		}
		p.finding(f)
	}
	if len(res.Findings) > 0 {
		p.printf("\n")
	}
	p.skipped(res.Skipped)
	p.stale(res.Stale)
	p.summary(res, files)
	if p.err == nil {
		p.err = p.w.Flush()
	}
	if p.err != nil {
		return fmt.Errorf("text report: %w", p.err)
	}
	return nil
}

func (p *printer) finding(f *finding.Finding) {
	loc := clean(f.Location())
	var details []string
	if f.Title != "" {
		details = append(details, clean(f.Title))
	}
	if f.Pointer != "" {
		details = append(details, "at "+clean(f.Pointer))
	}
	if o := f.Origin; o != nil {
		if o.Path != "" {
			details = append(details, fmt.Sprintf("from %s:%d:%d", clean(o.Path), o.Line, o.Column))
		} else {
			details = append(details, fmt.Sprintf("line %d:%d of the embedded code", o.Line, o.Column))
		}
	}
	extra := ""
	if len(details) > 0 {
		extra = " (" + strings.Join(details, ", ") + ")"
	}
	p.printf("  %s%s\n", p.paint(cyan, loc), extra)
	p.printf("    %s  %s\n", p.paint(red, clean(f.RuleID)), clean(f.Description))
	if f.Commit != "" {
		p.printf("    %s\n", p.paint(dim, history(f)))
	}
	if line, ok := maskedLine(f, p.o); ok {
		p.printf("    %s %s\n", p.paint(dim, fmt.Sprintf("%d |", f.Line)), line)
	} else {
		p.printf("    secret: %s\n", clean(report.SecretText(f, p.o)))
	}
	p.remediation(f.Remediation)
	if n := len(f.AlsoAt); n > 0 {
		shown := f.AlsoAt[:min(n, maxAlsoAt)]
		list := clean(strings.Join(shown, ", "))
		if n > maxAlsoAt {
			list += fmt.Sprintf(" and %d more", n-maxAlsoAt)
		}
		p.printf("    %s %s\n", p.paint(yellow, "same secret also in:"), list)
	}
}

func history(f *finding.Finding) string {
	s := "commit " + clean(f.Commit)
	if f.Author != "" {
		s += " by " + clean(f.Author)
	}
	if f.Date != "" {
		s += " on " + clean(f.Date)
	}
	if f.StillPresent != nil {
		if *f.StillPresent {
			s += " (still present)"
		} else {
			s += " (removed since, still in history)"
		}
	}
	return s
}

func (p *printer) remediation(rm finding.Remediation) {
	if rm.Summary != "" {
		p.printf("    %s %s\n", p.paint(green, "fix:"), clean(rm.Summary))
	}
	if rm.Replacement != "" {
		for _, l := range strings.Split(strings.TrimRight(rm.Replacement, "\n"), "\n") {
			p.printf("        %s\n", p.paint(green, clean(l)))
		}
	}
	for _, s := range rm.Steps {
		p.printf("      - %s\n", clean(s))
	}
}

func (p *printer) skipped(sk []finding.Skipped) {
	if len(sk) == 0 {
		return
	}
	p.printf("%s\n", p.paint(yellow, fmt.Sprintf("skipped %s:", plural(len(sk), "file"))))
	for _, s := range sk {
		where := s.Path
		if s.Member != "" {
			where += "!" + s.Member
		}
		p.printf("  %s: %s\n", clean(where), clean(s.Reason))
	}
}

func (p *printer) stale(st []finding.Stale) {
	if len(st) == 0 {
		return
	}
	p.printf("%s\n", p.paint(yellow, fmt.Sprintf("%s matched nothing (remove them):",
		plural(len(st), "suppression entry"))))
	for _, s := range st {
		line := fmt.Sprintf("  %s: %s", clean(s.Source), clean(s.Fingerprint))
		if s.Reason != "" {
			line += " (" + clean(s.Reason) + ")"
		}
		p.printf("%s\n", line)
	}
}

func (p *printer) summary(res finding.Result, files int) {
	head := p.paint(green, "no secrets found")
	if n := len(res.Findings); n > 0 {
		head = p.paint(bold+";"+red, fmt.Sprintf("%s in %s", plural(n, "finding"), plural(files, "file")))
	}
	st := res.Stats
	tail := fmt.Sprintf(", %d skipped", max(len(res.Skipped), st.Skipped))
	if st.Suppressed > 0 {
		tail += fmt.Sprintf(", %d suppressed", st.Suppressed)
	}
	tail += fmt.Sprintf(", scanned %s (%.1f MB) in %.2fs", plural(st.Files, "file"), float64(st.Bytes)/1e6, st.Seconds)
	p.printf("%s%s\n", head, tail)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "y") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(noun, "y"))
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
