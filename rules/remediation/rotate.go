package remediation

import (
	"strings"
	"time"
)

// revocation says how to revoke a rule's secret where it was issued.
func revocation(ruleID string) string {
	id := strings.ToLower(ruleID)
	switch {
	case strings.HasPrefix(id, "dynatrace"):
		return dynatraceRevocation(id)
	case strings.HasPrefix(id, "aws"):
		return "deactivate and delete the access key in IAM, then create a new one (better: use a role)"
	case strings.HasPrefix(id, "github"):
		return "revoke it in GitHub (Settings → Developer settings) and create a new fine-grained token"
	case strings.HasPrefix(id, "gitlab"):
		return "revoke it in GitLab (Access tokens) and create a new one"
	case id == "slack-webhook-url":
		return "regenerate the webhook URL in the Slack app settings"
	case strings.HasPrefix(id, "slack"):
		return "revoke it in the Slack app settings and reinstall the app for a new token"
	case id == "private-key" || strings.HasSuffix(id, "-private-key"):
		return "replace the key pair and remove the old public key wherever it is trusted"
	}
	return "revoke it where it was issued and create a new one"
}

func dynatraceRevocation(id string) string {
	switch {
	case strings.Contains(id, "oauth") || strings.Contains(id, "client"):
		return "delete the OAuth client in Account Management and create a new one"
	case strings.Contains(id, "platform"):
		return "delete the platform token and create a new one with an expiry date"
	case strings.Contains(id, "tenant"):
		return "rotate the tenant token (POST /api/v2/tenantTokenRotation/start, update the agents, then …/finish)"
	case strings.Contains(id, "account"):
		return "delete the account token in Account Management and create a new one"
	}
	return "revoke it (POST /api/v2/apiTokens/lookup for its id, then DELETE /api/v2/apiTokens/{id}, or Access tokens in the UI)"
}

// rotateStep is the last step of every remediation: the secret was exposed,
// so it must be replaced with a new one that has only the access it needs and
// is used in this one place.
func rotateStep(p Place) string {
	var b strings.Builder
	b.WriteString("Rotate it")
	if exp := exposure(p); exp != "" {
		b.WriteString(" (")
		b.WriteString(exp)
		b.WriteString(")")
	} else {
		b.WriteString(", it was exposed")
	}
	b.WriteString(": ")
	b.WriteString(revocation(p.RuleID))
	b.WriteString("; give the new one only the access it needs (least privilege) and use it here only.")
	return b.String()
}

// history reports whether the place is a commit in git history.
func (p Place) history() bool { return p.Commit != "" || p.Date != "" }

// exposure says since when a history finding was exposed: "exposed since
// 2024-03-01 in 1a2b3c4".
func exposure(p Place) string {
	if !p.history() {
		return ""
	}
	s := "exposed"
	if d := shortDate(p.Date); d != "" {
		s += " since " + d
	}
	if c := shortCommit(p.Commit); c != "" {
		s += " in " + c
	}
	return s
}

func shortCommit(c string) string {
	c = strings.TrimSpace(c)
	if len(c) > 7 {
		return c[:7]
	}
	return c
}

// shortDate keeps the day of an RFC 3339 or git date; a date it cannot read
// is shown as given.
func shortDate(d string) string {
	d = strings.TrimSpace(d)
	for _, layout := range []string{time.RFC3339, "2006-01-02 15:04:05 -0700", time.RFC1123Z, time.UnixDate, "Mon Jan 2 15:04:05 2006 -0700"} {
		if t, err := time.Parse(layout, d); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return d
}
