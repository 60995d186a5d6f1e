package checksum

import (
	"strings"
	"testing"
)

func TestNetBirdToken(t *testing.T) {
	random := strings.Repeat("aB3", 10)
	tok := "nbp_" + AppendBase62CRC32(random)
	if !NetBirdToken(tok) {
		t.Errorf("a token with its checksum should pass")
	}
	for _, bad := range []string{tok[:39] + "Z", "ghp_" + tok[4:], tok[:39]} {
		if NetBirdToken(bad) {
			t.Errorf("%q should fail", bad)
		}
	}
}

// nkeySeed builds a seed the way nats-io/nkeys does, for the tests.
func nkeySeed(kind byte, seed [32]byte) string {
	raw := []byte{18<<3 | kind>>5, (kind & 31) << 3}
	raw = append(raw, seed[:]...)
	sum := crc16XModem(raw)
	raw = append(raw, byte(sum), byte(sum>>8))
	return nkeyBase32.EncodeToString(raw)
}

func TestNKeySeed(t *testing.T) {
	var seed [32]byte
	for i := range seed {
		seed[i] = byte(i * 7)
	}
	user := nkeySeed(20<<3, seed) // a user seed: "SU…"
	if !strings.HasPrefix(user, "SU") || len(user) != 58 || !NKeySeed(user) {
		t.Fatalf("user seed %q should pass", user)
	}
	flipped := []byte(user)
	flipped[20] = map[bool]byte{true: 'B', false: 'A'}[flipped[20] == 'A']
	for _, bad := range []string{string(flipped), user[:57], "SUA" + strings.Repeat("X", 55)} {
		if NKeySeed(bad) {
			t.Errorf("%q should fail", bad)
		}
	}
	// The CRC is CRC-16/XMODEM: its check value on "123456789" is 0x31c3.
	if got := crc16XModem([]byte("123456789")); got != 0x31c3 {
		t.Errorf("crc16XModem check value %#x, want 0x31c3", got)
	}
}

func TestBitcoinWIF(t *testing.T) {
	// The private key 1 in WIF, mainnet, uncompressed and compressed: the
	// two encodings Bitcoin's documentation derives step by step.
	one := "5HpHagT65TZzG1PH3CSu63k8DbpvD8s5ip4nEB3kEsreAnchuDf"
	oneCompressed := "KwDiBf89QgGbjEhKnhXJuH7LrciVrZi3qYjgd9M7rFU73sVHnoWn"
	for _, ok := range []string{one, oneCompressed} {
		if !BitcoinWIF(ok) {
			t.Errorf("%q should pass", ok)
		}
	}
	for _, bad := range []string{one[:50] + "g", oneCompressed[:51] + "m", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", one + "0"} {
		if BitcoinWIF(bad) {
			t.Errorf("%q should fail", bad)
		}
	}
}
