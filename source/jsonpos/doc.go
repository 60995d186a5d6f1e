// Package jsonpos lists the scalar values of a JSON text with their JSON
// pointers (RFC 6901) and byte spans, so that a check that reads a JSON
// file (a dt-app app.config.json, a Monaco template) can report the exact
// line and column of the value it is about. It streams with encoding/json's
// tokenizer, which keeps no offsets of values but reports where each token
// ends; the start is found from there.
package jsonpos
