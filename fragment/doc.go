// Package fragment defines the unit of text that flows from a source to the
// rules engine: a piece of text, where it came from, and how an offset in it
// maps back to a line and column of the physical file (and, for text embedded
// in a document, of the embedded code).
//
// Sources produce fragments; the engine reads only Fragment.Text; the finding
// builder uses Origin and Locate to place a match back in the world.
package fragment
