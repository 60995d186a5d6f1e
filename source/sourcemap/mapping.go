package sourcemap

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

// Map is a parsed source map that maps positions of a generated file to its
// original sources.
//
// Lines are 1-based. Columns are 1-based too, counted as the source map
// counts them: in UTF-16 code units, which equal bytes for ASCII text (the
// usual minified bundle).
type Map struct {
	File    string   // the generated file the map describes, as the map says
	Sources []string // original sources, sourceRoot applied (all sections' for an index map)

	lines    [][]segment // flat map: per generated line, segments sorted by column
	sections []section   // index map
}

// segment maps a generated column to an original position; src is -1 for a
// segment that maps to nothing. All 0-based.
type segment struct {
	genCol, src, line, col int32
}

// section is one part of an index map, starting at a 0-based generated
// line and column.
type section struct {
	line, col int
	m         *Map
}

// ErrBadMappings says that a map's mappings could not be decoded to their
// end; the Map returned with it maps what was decoded before the fault.
var ErrBadMappings = errors.New("bad mappings")

// Parse parses a source map (revision 3, flat or index map with inline
// sections) and decodes its mappings. Invalid JSON, or another version, is an
// error with a nil Map. Faulty mappings (ErrBadMappings), segments pointing
// outside sources, or sections given by url are an error returned WITH the
// Map, which maps what could be decoded.
func Parse(data []byte) (*Map, error) {
	root, err := parseRoot(data, false)
	if err != nil {
		return nil, err
	}
	return build(root, "")
}

func build(v *value, ptr string) (*Map, error) {
	m := &Map{File: stringValue(v.get("file"))}
	if secs := v.get("sections"); secs != nil {
		if secs.kind != kArray {
			return nil, fmt.Errorf("source map %s/sections is a %s, not an array", ptr, secs.kind)
		}
		var errs []error
		for i, s := range secs.items {
			p := fmt.Sprintf("%s/sections/%d", ptr, i)
			sub := s.get("map")
			if sub == nil || sub.kind != kObject {
				errs = append(errs, fmt.Errorf("%s: section has no inline map (url sections are not read)", p))
				continue
			}
			off := s.get("offset")
			line, lok := intValue(off.get("line"))
			col, cok := intValue(off.get("column"))
			if !lok || !cok {
				errs = append(errs, fmt.Errorf("%s/offset: line and column must be non-negative integers", p))
				continue
			}
			sm, err := build(sub, p+"/map")
			if err != nil {
				errs = append(errs, err)
			}
			if sm != nil {
				m.sections = append(m.sections, section{line: line, col: col, m: sm})
				m.Sources = append(m.Sources, sm.Sources...)
			}
		}
		slices.SortStableFunc(m.sections, func(a, b section) int {
			if a.line != b.line {
				return a.line - b.line
			}
			return a.col - b.col
		})
		return m, errors.Join(errs...)
	}
	if ver := v.get("version"); ver != nil && !(ver.kind == kNumber && ver.num == "3") {
		return nil, fmt.Errorf("source map %s: version %s, want 3", at(ptr), ver.num)
	}
	root := stringValue(v.get("sourceRoot"))
	if s := v.get("sources"); s != nil && s.kind == kArray {
		for _, item := range s.items {
			m.Sources = append(m.Sources, resolve(root, stringValue(item)))
		}
	}
	mappings := v.get("mappings")
	if mappings == nil || mappings.kind != kString {
		return m, fmt.Errorf("source map %s: %w: no mappings string", at(ptr), ErrBadMappings)
	}
	var err error
	m.lines, err = decodeMappings(mappings.str, len(m.Sources))
	if err != nil {
		return m, fmt.Errorf("source map %s/mappings: %w", ptr, err)
	}
	return m, nil
}

// intValue is a JSON number that is a non-negative int.
func intValue(v *value) (int, bool) {
	if v == nil || v.kind != kNumber {
		return 0, false
	}
	var n int
	for _, c := range v.num {
		if c < '0' || c > '9' || n > math.MaxInt32 {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, n <= math.MaxInt32
}

// Original returns the original source, line and column (1-based) of the
// generated position genLine, genCol (1-based). ok is false where the map
// says nothing about that position.
func (m *Map) Original(genLine, genCol int) (src string, line, col int, ok bool) {
	if m == nil || genLine < 1 || genCol < 1 {
		return "", 0, 0, false
	}
	return m.original(genLine-1, genCol-1)
}

// original works on 0-based positions.
func (m *Map) original(line0, col0 int) (string, int, int, bool) {
	if m.sections != nil {
		i := sort.Search(len(m.sections), func(i int) bool {
			s := m.sections[i]
			return s.line > line0 || s.line == line0 && s.col > col0
		}) - 1
		if i < 0 {
			return "", 0, 0, false
		}
		s := m.sections[i]
		l, c := line0-s.line, col0
		if l == 0 {
			c -= s.col
		}
		return s.m.original(l, c)
	}
	if line0 >= len(m.lines) {
		return "", 0, 0, false
	}
	segs := m.lines[line0]
	i := sort.Search(len(segs), func(i int) bool { return int(segs[i].genCol) > col0 }) - 1
	if i < 0 || segs[i].src < 0 {
		return "", 0, 0, false
	}
	s := segs[i]
	return m.Sources[s.src], int(s.line) + 1, int(s.col) + 1, true
}

var base64Value = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(alphabet); i++ {
		t[alphabet[i]] = int8(i)
	}
	return t
}()

// decodeMappings decodes the mappings string of a map with nSources
// sources. On a decoding fault it returns the lines decoded so far and an
// error wrapping ErrBadMappings. Segments that point outside sources or to
// negative positions are dropped and reported, the rest kept.
func decodeMappings(s string, nSources int) ([][]segment, error) {
	var (
		lines   [][]segment
		cur     []segment
		genCol  int64 // relative within a line
		src     int64 // the other fields are relative across the whole string
		line    int64
		col     int64
		dropped int
	)
	finish := func() {
		if !slices.IsSortedFunc(cur, func(a, b segment) int { return int(a.genCol - b.genCol) }) {
			slices.SortStableFunc(cur, func(a, b segment) int { return int(a.genCol - b.genCol) })
		}
		lines = append(lines, cur)
		cur = nil
		genCol = 0
	}
	for i := 0; i < len(s); {
		switch s[i] {
		case ';':
			finish()
			i++
			continue
		case ',':
			i++
			continue
		}
		var f [5]int64
		n := 0
		for i < len(s) && s[i] != ',' && s[i] != ';' {
			if n == len(f) {
				finish()
				return lines, fmt.Errorf("%w: segment with more than 5 fields at byte %d", ErrBadMappings, i)
			}
			v, next, err := vlq(s, i)
			if err != nil {
				finish()
				return lines, fmt.Errorf("%w: %v at byte %d", ErrBadMappings, err, i)
			}
			f[n], n, i = v, n+1, next
		}
		switch n {
		case 1:
			genCol += f[0]
			if genCol < 0 || genCol > math.MaxInt32 {
				dropped++
				continue
			}
			cur = append(cur, segment{genCol: int32(genCol), src: -1})
		case 4, 5: // the name index is not needed
			genCol += f[0]
			src += f[1]
			line += f[2]
			col += f[3]
			if genCol < 0 || genCol > math.MaxInt32 || src < 0 || src >= int64(nSources) ||
				line < 0 || line > math.MaxInt32 || col < 0 || col > math.MaxInt32 {
				dropped++
				continue
			}
			cur = append(cur, segment{genCol: int32(genCol), src: int32(src), line: int32(line), col: int32(col)})
		default:
			finish()
			return lines, fmt.Errorf("%w: segment with %d fields at byte %d", ErrBadMappings, n, i)
		}
	}
	finish()
	if dropped > 0 {
		return lines, fmt.Errorf("%d segments point outside the sources or to negative positions; dropped", dropped)
	}
	return lines, nil
}

// vlq decodes the base64 VLQ number at s[i:] and returns it with the offset
// after it.
func vlq(s string, i int) (int64, int, error) {
	var u uint64
	for shift := uint(0); ; shift += 5 {
		if i >= len(s) {
			return 0, i, errors.New("unterminated VLQ number")
		}
		d := base64Value[s[i]]
		if d < 0 {
			return 0, i, fmt.Errorf("invalid character %q", strings.ToValidUTF8(s[i:i+1], "\ufffd"))
		}
		i++
		u |= uint64(d&31) << shift
		if d&32 == 0 {
			break
		}
		if shift >= 30 {
			return 0, i, errors.New("VLQ number beyond 32 bits")
		}
	}
	v := int64(u >> 1)
	if u&1 != 0 {
		v = -v
	}
	if v > math.MaxInt32 || v < math.MinInt32 {
		return 0, i, errors.New("VLQ number beyond 32 bits")
	}
	return v, i, nil
}
