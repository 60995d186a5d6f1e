// Package analyzers lists secretvet's go/analysis passes, one package each
// below this folder, for the drivers: the secretvet binary as a go vet
// tool, and the golangci-lint plugin.
package analyzers
