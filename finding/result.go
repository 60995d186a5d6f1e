package finding

// Skipped is an input that was not scanned, or not scanned as what it is,
// with the reason. Nothing is skipped silently: every one of these is
// reported.
type Skipped struct {
	Path   string `json:"path"`
	Member string `json:"member,omitempty"`
	Reason string `json:"reason"`
}

// Stale is a suppression entry (ignore file or baseline) that matched
// nothing in this scan.
type Stale struct {
	Source      string `json:"source"` // file that holds the entry
	Fingerprint string `json:"fingerprint"`
	Reason      string `json:"reason,omitempty"`
}

// Stats counts what a scan did.
type Stats struct {
	Files      int     `json:"files"`
	Fragments  int     `json:"fragments"`
	Bytes      int64   `json:"bytes"`
	Findings   int     `json:"findings"`
	Suppressed int     `json:"suppressed"`
	Skipped    int     `json:"skipped"`
	Seconds    float64 `json:"seconds"`
}

// Result is what a scan hands to a report.
type Result struct {
	Findings []Finding `json:"findings"`
	Skipped  []Skipped `json:"skipped"`
	Stale    []Stale   `json:"stale,omitempty"`
	Stats    Stats     `json:"stats"`
}
