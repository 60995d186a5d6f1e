// Package pipeline runs secretvet's scan pipeline for one input:
//
//	source → fragments → rules engine → matches → findings
//
// It chooses, by content, how a file is read (an archive's members, a
// source map's original sources, a Dynatrace or Jupyter document's embedded
// texts, or plain text), runs the engine on each fragment, and places each
// match back in the world as a finding: physical location, where it is
// inside the document, content fingerprint, redaction and the remediation
// for that place. Suppression and reports come after, in their own
// packages; the CLI strings them together.
package pipeline
