package imports

var noImports = "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" // want `github-pat: `
