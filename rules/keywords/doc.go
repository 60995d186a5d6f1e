// Package keywords finds many keywords in a text in one pass, ignoring ASCII
// case, with an Aho-Corasick automaton compiled to a dense table over byte
// classes. It is the engine's prefilter: a rule's regular expression runs
// only where one of its keywords occurs.
package keywords
