package checksum

import (
	"crypto/sha256"
	"encoding/base32"
	"math/big"
	"strings"
)

// NetBirdToken reports whether tok is a NetBird personal access token
// (nbp_, 30 random base62 characters, the 6-character CRC32 of them in
// base62) whose checksum holds: GitHub's scheme under another prefix
// (netbird management/server/types/personal_access_token.go).
func NetBirdToken(tok string) bool {
	if len(tok) != 40 || tok[:4] != "nbp_" {
		return false
	}
	return Base62CRC32(tok[4:])
}

var nkeyBase32 = base32.StdEncoding.WithPadding(base32.NoPadding)

// NKeySeed reports whether s is a NATS NKey seed: base32 (no padding) of
// two prefix bytes (the seed marker and the key type), the 32-byte seed
// and the CRC16-XMODEM of those 34 bytes, little-endian (nats-io/nkeys
// strkey.go).
func NKeySeed(s string) bool {
	raw, err := nkeyBase32.DecodeString(s)
	if err != nil || len(raw) != 36 || raw[0]&0xf8 != 18<<3 {
		return false
	}
	body, sum := raw[:34], uint16(raw[34])|uint16(raw[35])<<8
	return crc16XModem(body) == sum
}

// crc16XModem is CRC-16/XMODEM: polynomial 0x1021, initial value 0, no
// reflection.
func crc16XModem(b []byte) uint16 {
	var crc uint16
	for _, c := range b {
		crc ^= uint16(c) << 8
		for range 8 {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return crc
}

const base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// base58Decode decodes Bitcoin's base58; ok is false for a byte outside
// the alphabet.
func base58Decode(s string) (out []byte, ok bool) {
	n := new(big.Int)
	radix := big.NewInt(58)
	zeros := 0
	for zeros < len(s) && s[zeros] == '1' {
		zeros++
	}
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(base58Alphabet, s[i])
		if d < 0 {
			return nil, false
		}
		n.Mul(n, radix)
		n.Add(n, big.NewInt(int64(d)))
	}
	return append(make([]byte, zeros), n.Bytes()...), true
}

// BitcoinWIF reports whether s is a Bitcoin private key in wallet import
// format: base58 of a version byte (0x80 mainnet, 0xef testnet), the
// 32-byte key, 0x01 when the public key is compressed, and the first four
// bytes of the double SHA-256 of all that (Base58Check).
func BitcoinWIF(s string) bool {
	raw, ok := base58Decode(s)
	if !ok || len(raw) != 37 && len(raw) != 38 || raw[0] != 0x80 && raw[0] != 0xef {
		return false
	}
	if len(raw) == 38 && raw[33] != 0x01 {
		return false
	}
	payload, sum := raw[:len(raw)-4], raw[len(raw)-4:]
	first := sha256.Sum256(payload)
	second := sha256.Sum256(first[:])
	return string(second[:4]) == string(sum)
}
