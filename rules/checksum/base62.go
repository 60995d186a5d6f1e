package checksum

import (
	"hash/crc32"
	"strings"
)

// base62Alphabet is the digit order GitHub's checksum uses: 0-9, then A-Z,
// then a-z. Checked against public implementations of the format
// (DataDog/dd-sensitive-data-scanner sds/src/secondary_validation/
// github_token_checksum.rs and its test tokens; Samsung CredSweeper's
// ValueGitHubCheck filter; the generator in
// https://gist.github.com/coolaj86/eb8cddfd3e4251258712dfed03e1f86d).
const base62Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// checksumLen is the length of the base62 checksum: 6 digits hold any
// 32-bit value (62^6 > 2^32).
const checksumLen = 6

// Base62CRC32 reports whether body (a token without its prefix: the random
// part followed by 6 checksum characters) carries the CRC32 (IEEE) of its
// random part, base62 encoded, left-padded with zeros, in its last 6
// characters.
//
// This is the scheme of GitHub's tokens (ghp_, gho_, ghu_, ghs_, ghr_; see
// "Behind GitHub's new authentication token formats",
// https://github.blog/engineering/behind-githubs-new-authentication-token-formats/:
// "We start the implementation with a CRC32 algorithm ... We then encode
// the result with a Base62 implementation, using leading zeros for padding
// as needed") and of npm's tokens (npm_, "npm's new access token format",
// https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/).
//
// The checksum is decoded rather than the CRC encoded, so that the padding
// is not a second thing to get right.
func Base62CRC32(body string) bool {
	if len(body) <= checksumLen {
		return false
	}
	random, sum := body[:len(body)-checksumLen], body[len(body)-checksumLen:]
	for i := 0; i < len(random); i++ {
		if strings.IndexByte(base62Alphabet, random[i]) < 0 {
			return false
		}
	}
	var n uint64
	for i := 0; i < len(sum); i++ {
		d := strings.IndexByte(base62Alphabet, sum[i])
		if d < 0 {
			return false
		}
		n = n*62 + uint64(d)
	}
	return n == uint64(crc32.ChecksumIEEE([]byte(random)))
}

// GitHubToken reports whether tok is a classic GitHub token (ghp_, gho_,
// ghu_, ghs_ or ghr_, then 30 random base62 characters and the 6-character
// checksum) whose checksum holds.
func GitHubToken(tok string) bool {
	if len(tok) != 40 || tok[:2] != "gh" || tok[3] != '_' || !strings.ContainsRune("pousr", rune(tok[2])) {
		return false
	}
	return Base62CRC32(tok[4:])
}

// NPMToken reports whether tok is an npm access token (npm_, 30 random
// base62 characters, the 6-character checksum) whose checksum holds.
func NPMToken(tok string) bool {
	if len(tok) != 40 || tok[:4] != "npm_" {
		return false
	}
	return Base62CRC32(tok[4:])
}

// AppendBase62CRC32 returns random followed by its 6-character checksum:
// the body of a format-valid token, for tests and generated corpora.
func AppendBase62CRC32(random string) string {
	n := crc32.ChecksumIEEE([]byte(random))
	var sum [checksumLen]byte
	for i := checksumLen - 1; i >= 0; i-- {
		sum[i] = base62Alphabet[n%62]
		n /= 62
	}
	return random + string(sum[:])
}
