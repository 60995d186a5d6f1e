package rules

import (
	"sort"

	"github.com/secretvet/secretvet/rules/checksum"
)

// validators are the offline checks a rule can name with `validate`. Each
// takes the secret as the rule extracted it and reports whether its
// structure (a checksum, a length, an encoding) is that of a real token.
// Formats without a checksum cannot be validated offline; secretvet never
// calls a provider to find out. docs/rules.md lists which rules use them.
var validators = map[string]func(secret string) bool{
	// ghp_/gho_/ghu_/ghs_/ghr_ + 30 base62 + CRC32 in 6 base62 digits.
	"github-crc32": checksum.GitHubToken,
	// GitHub App installation token, stateless format: ghs_<app id>_<JWT>.
	"github-installation-jwt": checksum.GitHubInstallationToken,
	// npm_ + 30 base62 + CRC32, the same scheme as GitHub's.
	"npm-crc32": checksum.NPMToken,
	// pypi- + a v2 macaroon located at pypi.org or test.pypi.org.
	"pypi-macaroon": checksum.PyPIToken,
	// Azure storage and Cosmos DB account keys: base64 of 64 bytes.
	"base64-64-bytes": func(s string) bool { return checksum.Base64Bytes(s, 64) },
	// Azure Service Bus / Event Hubs shared access keys, WireGuard keys:
	// base64 of 32 bytes.
	"base64-32-bytes": func(s string) bool { return checksum.Base64Bytes(s, 32) },
	// Discord bot token: the first part is the bot's user ID in base64.
	"discord-bot-token": checksum.DiscordBotToken,
	// base64 of user:password (Docker config.json auths, Basic auth).
	"basic-auth-base64": checksum.BasicAuthBase64,
	// A JSON Web Token with a header that names its algorithm.
	"jwt": checksum.JWT,
	// nbp_ + 30 base62 + CRC32 in 6 base62 digits (GitHub's scheme).
	"netbird-crc32": checksum.NetBirdToken,
	// NATS NKey seed: base32 of prefix, seed and CRC16-XMODEM.
	"nkey-seed-crc16": checksum.NKeySeed,
	// Bitcoin private key in wallet import format: Base58Check.
	"bitcoin-wif-base58check": checksum.BitcoinWIF,
}

func validatorNames() []string {
	var names []string
	for n := range validators {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
