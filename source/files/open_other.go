//go:build !unix

package files

// openNonblock is not needed where named pipes cannot appear in a directory
// listing as regular files.
const openNonblock = 0
