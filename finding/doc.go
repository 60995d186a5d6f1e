// Package finding is the model every front door shares: a match of the rules
// engine placed back in the world, with its physical location, where it sits
// inside a document or archive, a content fingerprint that survives line
// moves and rebases, the secret (redacted when reported) and the remediation
// that should replace it.
package finding
