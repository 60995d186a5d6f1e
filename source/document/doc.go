// Package document recognises Dynatrace documents (notebooks, platform and
// classic dashboards, workflows, in their bare, wrapped and Document API
// multipart forms) and Jupyter notebooks by their content, and turns one
// such JSON file into fragments: one per embedded text (code, query,
// markdown, task input, cell), each with its JSON pointer, kind and title,
// and a locator that maps an offset of the decoded text back to the line
// and column of the file and of the embedded text.
//
// It carries its own small JSON parser because it needs the byte offset of
// every string, which encoding/json does not report.
package document
