package imports

var noImports = "ghp_59yvKqFSgqonVF08wPrTOzMJBCPen2xEda4o" // want `github-pat: `
