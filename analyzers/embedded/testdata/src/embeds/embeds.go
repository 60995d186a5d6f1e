// Package embeds embeds files that hold secrets.
package embeds

import "embed"

//go:embed config/app.env
var appEnv string

//go:embed static
var static embed.FS

//go:embed all:hidden "docs/read me.txt" docs/*.json
var more embed.FS

//go:embed nested
var nested embed.FS
