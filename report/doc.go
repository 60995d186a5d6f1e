// Package report holds what the report formats share: the options a user
// sets (show secrets, colour, tool identity, the root that relative URIs
// start from), the RenderFunc signature, and the two rules every format must
// follow the same way: which text stands for a secret, and in what order
// results are listed. Each format lives in its own sub-package (text, json,
// sarif) and exports Render.
package report
