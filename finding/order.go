package finding

import "cmp"

// Compare orders findings by place (path, archive member, line, column),
// then rule, then commit and fingerprint for history scans, where the same
// place is seen in several commits: reports list findings in this order,
// so that they do not depend on the order in which workers finished.
func Compare(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(a.Path, b.Path),
		cmp.Compare(a.Member, b.Member),
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Column, b.Column),
		cmp.Compare(a.RuleID, b.RuleID),
		cmp.Compare(a.Commit, b.Commit),
		cmp.Compare(a.Fingerprint, b.Fingerprint),
	)
}
