// Package golangci is secretvet's golangci-lint v2 module plugin: it
// registers the linter "secretvet", which runs secretvet's analyzers
// (hardcoded and embedded) inside golangci-lint.
//
// Build a golangci-lint binary with the plugin (see docs/go-vet.md):
//
//	# .custom-gcl.yml
//	version: v2.15.0
//	plugins:
//	  - module: github.com/secretvet/secretvet
//	    import: github.com/secretvet/secretvet/plugin/golangci
//	    version: latest
//
// and enable it in .golangci.yml:
//
//	linters:
//	  enable: [secretvet]
//	  settings:
//	    custom:
//	      secretvet:
//	        type: module
//	        description: hard-coded secrets, with Credential Vault fixes
//	        settings:
//	          disable: [embedded]   # optional
package golangci
