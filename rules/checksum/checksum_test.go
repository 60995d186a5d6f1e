package checksum_test

import (
	"encoding/base64"
	"math/rand"
	"strings"
	"testing"

	"github.com/secretvet/secretvet/rules/checksum"
)

const alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

func draw(r *rand.Rand, alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.Intn(len(alphabet))]
	}
	return string(b)
}

// TestBase62CRC32KnownVector: the worked example of the public write-up of
// the format (random part and checksum, split so that no token-shaped
// literal sits in this file) comes out the same, which pins the base62
// digit order (0-9, A-Z, a-z).
func TestBase62CRC32KnownVector(t *testing.T) {
	random := "zQWBuTSOoRi4A9sp" + "HcVY5ncnsDkxkJ"
	if got, want := checksum.AppendBase62CRC32(random), random+"0mLq"+"17"; got != want {
		t.Fatalf("AppendBase62CRC32 = %q, want %q", got, want)
	}
}

func TestGitHubAndNPMTokens(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for _, prefix := range []string{"ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"} {
		valid := checksum.GitHubToken
		if prefix == "npm_" {
			valid = checksum.NPMToken
		}
		for i := 0; i < 50; i++ {
			tok := prefix + checksum.AppendBase62CRC32(draw(r, alnum, 30))
			if !valid(tok) {
				t.Fatalf("generated %s token fails its checksum", prefix)
			}
			// Every one-character change of the body breaks the checksum.
			for pos := len(prefix); pos < len(tok); pos++ {
				c := alnum[r.Intn(len(alnum))]
				if c == tok[pos] {
					c = alnum[(strings.IndexByte(alnum, c)+1)%len(alnum)]
				}
				mut := tok[:pos] + string(c) + tok[pos+1:]
				if valid(mut) {
					t.Fatalf("%s token with position %d changed still passes", prefix, pos)
				}
			}
			if valid(tok[:39]) || valid(tok+"A") {
				t.Fatalf("%s token of the wrong length passes", prefix)
			}
		}
	}
	// Random bodies almost never pass (1 in 2^32).
	for i := 0; i < 2000; i++ {
		if checksum.GitHubToken("ghp_" + draw(r, alnum, 36)) {
			t.Fatal("a random ghp_ body passed the checksum")
		}
	}
	// The prefix is checked: a GitHub body under npm_ or another gh prefix.
	tok := "ghp_" + checksum.AppendBase62CRC32(draw(r, alnum, 30))
	if checksum.NPMToken(tok) || checksum.GitHubToken("ghx_"+tok[4:]) || checksum.GitHubToken("ghp-"+tok[4:]) {
		t.Fatal("a token with a foreign prefix passed")
	}
	if checksum.Base62CRC32("ab") || checksum.Base62CRC32(strings.Repeat("-", 36)) {
		t.Fatal("malformed bodies passed")
	}
}

func TestPyPIToken(t *testing.T) {
	var sig [32]byte
	for i := range sig {
		sig[i] = byte(i * 7)
	}
	ident := []byte(`{"version": 1, "permissions": "user"}`)
	caveats := [][]byte{[]byte(`{"permissions": {"projects": ["demo"]}, "version": 1}`)}
	tok := checksum.NewPyPIToken("pypi.org", ident, caveats, sig)
	if !strings.HasPrefix(tok, "pypi-AgEIcHlwaS5vcmc") {
		t.Fatalf("pypi.org token does not start with the documented prefix: %.30s", tok)
	}
	cases := []struct {
		name string
		tok  string
		want bool
	}{
		{"pypi.org", tok, true},
		{"padded", tok + strings.Repeat("=", (4-len(tok[5:])%4)%4), true},
		{"test.pypi.org", checksum.NewPyPIToken("test.pypi.org", ident, nil, sig), true},
		{"no caveats", checksum.NewPyPIToken("pypi.org", ident, nil, sig), true},
		{"other location", checksum.NewPyPIToken("example.org", ident, caveats, sig), false},
		{"no location", checksum.NewPyPIToken("", ident, caveats, sig), false},
		{"empty identifier", checksum.NewPyPIToken("pypi.org", nil, caveats, sig), false},
		{"truncated by one character", tok[:len(tok)-1], false},
		{"truncated signature", tok[:len(tok)-8], false},
		{"trailing data", tok + "AAAA", false},
		{"no prefix", strings.TrimPrefix(tok, "pypi-"), false},
		{"not base64", tok[:30] + "!" + tok[31:], false},
		{"documentation filler", "pypi-AgEIcHlwaS5vcmc" + strings.Repeat("x", 80), false},
		{"version 1 byte", "pypi-" + base64.RawURLEncoding.EncodeToString(append([]byte{1}, mustDecode(t, tok)[1:]...)), false},
	}
	for _, c := range cases {
		if got := checksum.PyPIToken(c.tok); got != c.want {
			t.Errorf("%s: PyPIToken = %v, want %v", c.name, got, c.want)
		}
	}
}

func mustDecode(t *testing.T, tok string) []byte {
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimPrefix(tok, "pypi-"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestStructuralChecks(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	key64 := make([]byte, 64)
	r.Read(key64)
	key32 := make([]byte, 32)
	r.Read(key32)
	b64 := base64.StdEncoding.EncodeToString
	raw := base64.RawURLEncoding.EncodeToString
	botID := raw([]byte("1234567890123456789"))
	jwtHead, jwtBody := raw([]byte(`{"alg":"RS256","typ":"JWT"}`)), raw([]byte(`{"iss":"https://api.github.com","app":"1"}`))
	jwt := jwtHead + "." + jwtBody + "." + raw(key32)
	cases := []struct {
		name string
		ok   bool
		got  bool
	}{
		{"64-byte key", true, checksum.Base64Bytes(b64(key64), 64)},
		{"64-byte key, one character dropped", false, checksum.Base64Bytes(b64(key64)[1:], 64)},
		{"63-byte key padded", false, checksum.Base64Bytes(b64(key64[:63])+"=", 64)},
		{"32-byte key", true, checksum.Base64Bytes(b64(key32), 32)},
		{"32-byte key as 64", false, checksum.Base64Bytes(b64(key32), 64)},
		{"bad padding bits", false, checksum.Base64Bytes(b64(key32)[:42]+"B=", 32)},
		{"discord bot token", true, checksum.DiscordBotToken(botID + ".GhIjKl." + raw(key32)[:38])},
		{"discord token with a non-numeric id", false, checksum.DiscordBotToken(raw([]byte("abcdefghijklmnopqr")) + ".GhIjKl." + raw(key32)[:38])},
		{"discord token with two parts", false, checksum.DiscordBotToken(botID + "." + raw(key32)[:38])},
		{"docker auth", true, checksum.BasicAuthBase64(b64([]byte("robot$ci:" + raw(key32))))},
		{"docker auth without a password", false, checksum.BasicAuthBase64(b64([]byte("robot$ci:")))},
		{"docker auth without a colon", false, checksum.BasicAuthBase64(b64([]byte("robotci")))},
		{"binary", false, checksum.BasicAuthBase64(b64(append([]byte("a:"), key32...)))},
		{"jwt", true, checksum.JWT(jwt)},
		{"jwt alg none", false, checksum.JWT(raw([]byte(`{"alg":"none"}`)) + "." + jwtBody + "." + raw(key32))},
		{"jwt without signature", false, checksum.JWT(jwtHead + "." + jwtBody + ".")},
		{"jwt with a broken header", false, checksum.JWT(jwtHead[2:] + "." + jwtBody + "." + raw(key32))},
		{"installation token", true, checksum.GitHubInstallationToken("ghs_" + "1234567_" + jwt)},
		{"installation token without app id", false, checksum.GitHubInstallationToken("ghs_" + "_" + jwt)},
		{"installation token with a letter in the app id", false, checksum.GitHubInstallationToken("ghs_" + "12a4567_" + jwt)},
	}
	for _, c := range cases {
		if c.got != c.ok {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.ok)
		}
	}
}
