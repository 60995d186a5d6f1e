package checksum

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"strings"
)

// PyPIToken reports whether tok is a PyPI API token: "pypi-" and a
// macaroon in libmacaroons' v2 binary format, base64url encoded, whose
// location is pypi.org or test.pypi.org, with an identifier, well-formed
// caveats and a 32-byte signature, and nothing after it.
//
// PyPI documents its tokens as macaroons
// (https://pypi.org/help/#apitoken); the v2 layout is libmacaroons'
// doc/format.txt: a version byte (2), then packets of
// <field type varint><length varint><data>, with end-of-section packets
// (type 0, no length):
//
//	version  location? identifier EOS  (location? identifier vid? EOS)*  EOS  signature
//
// where location = 1, identifier = 2, vid = 4, signature = 6.
func PyPIToken(tok string) bool {
	rest, ok := strings.CutPrefix(tok, "pypi-")
	if !ok {
		return false
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(rest, "="))
	if err != nil {
		return false
	}
	m, err := parseMacaroonV2(raw)
	if err != nil {
		return false
	}
	return m.location == "pypi.org" || m.location == "test.pypi.org"
}

type macaroon struct {
	location   string
	identifier []byte
	caveats    int
}

const (
	fieldEOS        = 0
	fieldLocation   = 1
	fieldIdentifier = 2
	fieldVID        = 4
	fieldSignature  = 6
	signatureLen    = 32
)

var errMacaroon = errors.New("not a v2 macaroon")

type packet struct {
	field uint64
	data  []byte
}

// next reads one packet from b and returns it with the rest of b.
func next(b []byte) (packet, []byte, error) {
	field, n := binary.Uvarint(b)
	if n <= 0 {
		return packet{}, nil, errMacaroon
	}
	b = b[n:]
	if field == fieldEOS {
		return packet{field: fieldEOS}, b, nil
	}
	size, n := binary.Uvarint(b)
	if n <= 0 || size > uint64(len(b)-n) {
		return packet{}, nil, errMacaroon
	}
	b = b[n:]
	return packet{field: field, data: b[:size]}, b[size:], nil
}

// section reads packets up to and including the next EOS.
func section(b []byte) ([]packet, []byte, error) {
	var out []packet
	for {
		p, rest, err := next(b)
		if err != nil {
			return nil, nil, err
		}
		b = rest
		if p.field == fieldEOS {
			return out, b, nil
		}
		out = append(out, p)
		if len(out) > 3 {
			return nil, nil, errMacaroon // no section has more than location, identifier, vid
		}
	}
}

func parseMacaroonV2(b []byte) (macaroon, error) {
	var m macaroon
	if len(b) < 2 || b[0] != 2 {
		return m, errMacaroon
	}
	head, b, err := section(b[1:])
	if err != nil {
		return m, err
	}
	if len(head) > 0 && head[0].field == fieldLocation {
		m.location = string(head[0].data)
		head = head[1:]
	}
	if len(head) != 1 || head[0].field != fieldIdentifier || len(head[0].data) == 0 {
		return m, errMacaroon
	}
	m.identifier = head[0].data
	for {
		cav, rest, err := section(b)
		if err != nil {
			return m, err
		}
		b = rest
		if len(cav) == 0 {
			break // the EOS that ends the caveats
		}
		if cav[0].field == fieldLocation {
			cav = cav[1:]
		}
		if len(cav) == 0 || cav[0].field != fieldIdentifier {
			return m, errMacaroon
		}
		if len(cav) == 2 && cav[1].field != fieldVID || len(cav) > 2 {
			return m, errMacaroon
		}
		m.caveats++
	}
	sig, b, err := next(b)
	if err != nil || sig.field != fieldSignature || len(sig.data) != signatureLen || len(b) != 0 {
		return m, errMacaroon
	}
	return m, nil
}

// NewPyPIToken builds a format-valid PyPI token around identifier and
// caveats (first-party caveat predicates) with the given 32-byte
// signature, for tests and generated corpora. The signature is not a real
// HMAC: only PyPI can make one.
func NewPyPIToken(location string, identifier []byte, caveats [][]byte, sig [32]byte) string {
	b := []byte{2}
	put := func(field uint64, data []byte) {
		b = binary.AppendUvarint(b, field)
		b = binary.AppendUvarint(b, uint64(len(data)))
		b = append(b, data...)
	}
	if location != "" {
		put(fieldLocation, []byte(location))
	}
	put(fieldIdentifier, identifier)
	b = append(b, fieldEOS)
	for _, c := range caveats {
		put(fieldIdentifier, c)
		b = append(b, fieldEOS)
	}
	b = append(b, fieldEOS)
	put(fieldSignature, sig[:])
	return "pypi-" + base64.RawURLEncoding.EncodeToString(b)
}
