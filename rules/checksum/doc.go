// Package checksum holds offline checks of a token's own structure: the
// CRC32 that GitHub and npm put in their tokens, the macaroon inside a PyPI
// token, the fixed decoded length of a base64 key. A candidate that fails
// its check was typed, truncated or made up (documentation, tests), not
// issued by the provider, so a scanner can drop it without asking anyone.
//
// Nothing here calls a provider: a token that passes is well formed, not
// necessarily live.
package checksum
