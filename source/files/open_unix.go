//go:build unix

package files

import "syscall"

// openNonblock makes opening a named pipe return at once instead of waiting
// for a writer; it changes nothing for regular files.
const openNonblock = syscall.O_NONBLOCK
