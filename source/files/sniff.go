package files

import (
	"bytes"
	"io"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// content is what the first bytes of a file say it is.
type content int

const (
	text content = iota
	archive
	binary
	utf16le
	utf16be
	unsupported // text in an encoding this package does not decode
)

// magic is a file signature at a fixed offset.
type magic struct {
	offset int
	sig    string
	kind   string
	// weak signatures are short or plausible at the start of a text file;
	// they only name the kind of a file that has NUL bytes anyway.
	weak bool
}

// zipMagics start a zip file and everything built on it (jar, war, apk,
// docx, xlsx, odt, whl, nupkg, vsix, ...): the caller expands those.
var zipMagics = []string{"PK\x03\x04", "PK\x05\x06", "PK\x07\x08"}

// binaryMagics name formats that are skipped. Strong signatures are never
// the start of text; most formats also have NUL bytes early, which is what
// catches the formats missing here.
var binaryMagics = []magic{
	{0, "\x7fELF", "ELF", false},
	{0, "\xfe\xed\xfa\xce", "Mach-O", false},
	{0, "\xfe\xed\xfa\xcf", "Mach-O", false},
	{0, "\xce\xfa\xed\xfe", "Mach-O", false},
	{0, "\xcf\xfa\xed\xfe", "Mach-O", false},
	{0, "\xca\xfe\xba\xbe", "Java class or Mach-O universal", false},
	{0, "MZ", "Windows executable", true},
	{0, "\x00asm", "WebAssembly", true},
	{0, "\x89PNG\r\n\x1a\n", "PNG image", false},
	{0, "\xff\xd8\xff", "JPEG image", false},
	{0, "GIF87a", "GIF image", false},
	{0, "GIF89a", "GIF image", false},
	{0, "II*\x00", "TIFF image", false},
	{0, "MM\x00*", "TIFF image", false},
	{0, "BM", "BMP image", true},
	{0, "\x00\x00\x01\x00", "icon", true},
	{8, "WEBP", "WebP image", true},
	{0, "%PDF-", "PDF", false},
	{0, "wOFF", "WOFF font", false},
	{0, "wOF2", "WOFF2 font", false},
	{0, "\x00\x01\x00\x00", "TrueType font", true},
	{0, "OTTO", "OpenType font", true},
	{0, "\xfd7zXZ\x00", "xz", false},
	{0, "\x28\xb5\x2f\xfd", "zstd", false},
	{0, "\x04\x22\x4d\x18", "lz4", false},
	{4, "1AY&SY", "bzip2", false}, // after "BZh" and a digit
	{0, "7z\xbc\xaf\x27\x1c", "7-Zip", false},
	{0, "Rar!\x1a\x07", "RAR", false},
	{0, "SQLite format 3\x00", "SQLite database", false},
	{0, "\xac\xed\x00\x05", "Java serialized object", false},
	{0, "OggS", "Ogg", false},
	{0, "fLaC", "FLAC audio", false},
	{0, "ID3", "MP3 audio", true},
	{4, "ftyp", "MP4/QuickTime media", true},
}

// controlShare is the share of control bytes (other than tab, newline,
// carriage return, form feed, vertical tab, escape) above which content
// without NUL bytes is still binary. Random bytes have about 10%; text has
// next to none.
const controlShare = 0.05

// sniff says what head, the first bytes of a file, is. kind names the
// binary format or the text encoding.
func sniff(head []byte) (c content, kind string) {
	switch {
	case bytes.HasPrefix(head, []byte("\xff\xfe\x00\x00")):
		return unsupported, "UTF-32LE"
	case bytes.HasPrefix(head, []byte("\x00\x00\xfe\xff")):
		return unsupported, "UTF-32BE"
	case bytes.HasPrefix(head, []byte("\xff\xfe")):
		return utf16le, "UTF-16LE"
	case bytes.HasPrefix(head, []byte("\xfe\xff")):
		return utf16be, "UTF-16BE"
	}
	for _, m := range zipMagics {
		if bytes.HasPrefix(head, []byte(m)) {
			return archive, "zip"
		}
	}
	// gzip (tar.gz, or one gzipped file) and tar: source/archive reads both.
	if bytes.HasPrefix(head, []byte("\x1f\x8b")) {
		return archive, "gzip"
	}
	if len(head) >= 262 && string(head[257:262]) == "ustar" {
		return archive, "tar"
	}
	hasNUL := bytes.IndexByte(head, 0) >= 0
	for _, m := range binaryMagics {
		if (hasNUL || !m.weak) && len(head) >= m.offset+len(m.sig) &&
			string(head[m.offset:m.offset+len(m.sig)]) == m.sig {
			return binary, m.kind
		}
	}
	if hasNUL {
		return binary, "contains NUL bytes"
	}
	controls := 0
	for _, b := range head {
		if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1b) || b == 0x7f {
			controls++
		}
	}
	if controls > 0 && float64(controls) > controlShare*float64(len(head)) {
		return binary, "control bytes"
	}
	return text, ""
}

// decodeUTF16 turns UTF-16 text that starts with a byte order mark into
// UTF-8. Unpaired surrogates and an odd last byte become U+FFFD; line breaks
// stay where they are, so line numbers still match the file.
func decodeUTF16(b []byte, bigEndian bool) []byte {
	b = b[2:] // byte order mark
	unit := func(i int) rune {
		if bigEndian {
			return rune(b[i])<<8 | rune(b[i+1])
		}
		return rune(b[i+1])<<8 | rune(b[i])
	}
	out := make([]byte, 0, len(b)/2+len(b)/8)
	for i := 0; i+1 < len(b); i += 2 {
		r := unit(i)
		if utf16.IsSurrogate(r) {
			paired := unicode.ReplacementChar
			if i+3 < len(b) {
				paired = utf16.DecodeRune(r, unit(i+2))
			}
			if paired != unicode.ReplacementChar {
				i += 2
			}
			r = paired
		}
		out = utf8.AppendRune(out, r)
	}
	if len(b)%2 == 1 {
		out = utf8.AppendRune(out, unicode.ReplacementChar)
	}
	return out
}

// ReadContent reads r (size bytes, -1 when unknown) up to limit bytes and
// classifies it the way Walk does: it returns the content to scan (UTF-16
// decoded to UTF-8), or the reason it is not scanned (binary, unsupported
// encoding, too large), or a read error. Other sources of file content (git
// blobs) use it so that they skip exactly what a folder scan skips.
func ReadContent(r io.Reader, size, limit int64) (File, string, error) {
	if limit <= 0 {
		limit = DefaultMaxFileSize
	}
	return readContent(r, size, limit)
}
