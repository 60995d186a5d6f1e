package remediation

import (
	"path"
	"strings"

	"github.com/secretvet/secretvet/fragment"
)

// family is a kind of place that takes the same advice.
type family int

const (
	famUnknown family = iota

	// Dynatrace platform places.
	famAppCode   // JS/TS: dt-app functions, UI, actions, bundles, source maps, any .js/.ts
	famAppConfig // app.config.json / app.config.{js,ts,cts}
	famAdHoc     // notebook code section, dashboard code tile, workflow run-javascript
	famDocText   // notebook markdown, dashboard markdown / titles / variables
	famDocQuery  // DQL in a notebook or dashboard
	famDocResult // cached query result in a notebook
	famWorkflowHTTP
	famWorkflowInput
	famMonacoParam
	famMonacoTemplate
	famMonacoManifest

	// Programs.
	famGo
	famPython
	famOtherLang // languages that read the environment; see envReaders

	// Configuration and deployment.
	famYAML
	famJSON
	famTOML
	famINI
	famProperties
	famKubernetes
	famHelmValues
	famTerraform
	famDockerfile
	famCompose
	famGitHubActions
	famGitLabCI
	famAzurePipelines
	famJenkins
	famNpmrc

	// Shells and environment files.
	famDotenv
	famShell
	famPowerShell
	famBatch
	famMake

	famDocs // README, .md, .txt: prose
)

// placeOf decides the family of a place: the fragment kind when it says what
// the text is, otherwise the file name of the archive member (if any) or of
// the path.
func placeOf(p Place) family {
	switch p.Kind {
	case fragment.NotebookCode, fragment.DashboardCode, fragment.WorkflowScript:
		return famAdHoc
	case fragment.NotebookText, fragment.DashboardText:
		return famDocText
	case fragment.NotebookQuery, fragment.DashboardQuery:
		return famDocQuery
	case fragment.NotebookResult:
		return famDocResult
	case fragment.WorkflowHTTP:
		return famWorkflowHTTP
	case fragment.WorkflowInput:
		return famWorkflowInput
	case fragment.MonacoParam:
		return famMonacoParam
	case fragment.MonacoTemplate:
		return famMonacoTemplate
	case fragment.MonacoManifest:
		return famMonacoManifest
	case fragment.SourceMap:
		return famAppCode
	case fragment.GoConstant:
		return famGo
	case fragment.JupyterCell:
		return famPython
	}
	return fileFamily(p.file())
}

// file is the slash path whose name says the language: the archive member
// when there is one (the innermost of nested members), else the path.
func (p Place) file() string {
	if p.Member != "" {
		m := p.Member
		if i := strings.LastIndex(m, "!"); i >= 0 {
			m = m[i+1:]
		}
		return strings.ReplaceAll(m, `\`, "/")
	}
	return strings.ReplaceAll(p.Path, `\`, "/")
}

// byExt maps a lower-case extension (with the dot) to a family.
var byExt = index(map[family][]string{
	famAppCode:    {".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx", ".vue", ".svelte", ".map"},
	famGo:         {".go"},
	famPython:     {".py", ".pyw", ".ipynb"},
	famYAML:       {".yaml", ".yml"},
	famJSON:       {".json", ".jsonc", ".json5"},
	famTOML:       {".toml"},
	famINI:        {".ini", ".cfg", ".conf"},
	famProperties: {".properties"},
	famTerraform:  {".tf", ".tfvars"},
	famDockerfile: {".dockerfile"},
	famDotenv:     {".env"},
	famShell:      {".sh", ".bash", ".zsh", ".ksh"},
	famPowerShell: {".ps1", ".psm1", ".psd1"},
	famBatch:      {".bat", ".cmd"},
	famMake:       {".mk"},
	famDocs:       {".md", ".markdown", ".rst", ".adoc", ".txt"},
})

// byName maps a lower-case base name to a family, before extensions.
var byName = index(map[family][]string{
	famDockerfile:     {"dockerfile", "containerfile"},
	famCompose:        {"docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml"},
	famGitLabCI:       {".gitlab-ci.yml", ".gitlab-ci.yaml"},
	famAzurePipelines: {"azure-pipelines.yml", "azure-pipelines.yaml"},
	famJenkins:        {"jenkinsfile"},
	famMake:           {"makefile", "gnumakefile"},
	famNpmrc:          {".npmrc"},
	famDotenv:         {".env"},
	famShell:          {".envrc", ".bashrc", ".bash_profile", ".profile", ".zshrc", ".zshenv"},
	famAppConfig:      {"app.config.json", "app.config.js", "app.config.ts", "app.config.cts"},
})

// index inverts a family → names table.
func index(t map[family][]string) map[string]family {
	m := make(map[string]family)
	for f, names := range t {
		for _, n := range names {
			m[n] = f
		}
	}
	return m
}

func fileFamily(file string) family {
	if file == "" {
		return famUnknown
	}
	base := strings.ToLower(path.Base(file))
	dirs := segments(path.Dir(file))
	if f, ok := byName[base]; ok {
		return f
	}
	switch {
	case strings.HasPrefix(base, "dockerfile.") || strings.HasSuffix(base, ".dockerfile"):
		return famDockerfile
	case strings.HasPrefix(base, ".env.") || strings.HasSuffix(base, ".env"):
		return famDotenv
	case strings.HasPrefix(base, "docker-compose") && isYAML(base):
		return famCompose
	case strings.HasPrefix(base, ".gitlab-ci") && isYAML(base):
		return famGitLabCI
	case strings.HasPrefix(base, "azure-pipelines") && isYAML(base):
		return famAzurePipelines
	case strings.HasSuffix(base, ".tf.json"):
		return famTerraform
	}
	if isYAML(base) {
		if hasSeq(dirs, ".github", "workflows") || base == "action.yml" || base == "action.yaml" {
			return famGitHubActions
		}
		if monacoLayout(dirs) && (base == "manifest.yaml" || base == "manifest.yml") {
			return famMonacoManifest
		}
		if monacoLayout(dirs) && (base == "config.yaml" || base == "config.yml") {
			return famMonacoParam
		}
		if strings.HasPrefix(base, "values") && (hasAny(dirs, "helm", "charts", "chart") || base == "values.yaml" || base == "values.yml") {
			return famHelmValues
		}
		if kubernetesLayout(dirs, base) {
			return famKubernetes
		}
	}
	if monacoTemplateLayout(dirs) && strings.HasSuffix(base, ".json") {
		return famMonacoTemplate
	}
	if f, ok := byExt[path.Ext(base)]; ok {
		return f
	}
	if _, ok := envReaders[path.Ext(base)]; ok {
		return famOtherLang
	}
	return famUnknown
}

func isYAML(base string) bool {
	return strings.HasSuffix(base, ".yml") || strings.HasSuffix(base, ".yaml")
}

// segments splits a slash directory into lower-case names ("." gives none).
func segments(dir string) []string {
	if dir == "." || dir == "/" || dir == "" {
		return nil
	}
	return strings.Split(strings.ToLower(strings.Trim(dir, "/")), "/")
}

func hasAny(dirs []string, names ...string) bool {
	for _, d := range dirs {
		for _, n := range names {
			if d == n {
				return true
			}
		}
	}
	return false
}

// hasSeq reports whether dirs holds a then b as consecutive names.
func hasSeq(dirs []string, a, b string) bool {
	for i := 0; i+1 < len(dirs); i++ {
		if dirs[i] == a && dirs[i+1] == b {
			return true
		}
	}
	return false
}

// hiddenCredentialTypes are the Monaco config types whose values Monaco never
// downloads, so their templates must take the secret from a parameter.
var hiddenCredentialTypes = []string{"credential-vault", "aws-credentials", "azure-credentials", "kubernetes-credentials"}

// monacoLayout guesses a Monaco project from the folders alone: a folder
// named after Monaco, a downloaded settings folder ("builtin:…") or one of
// the hidden credential types. config.yaml and manifest.yaml are too common
// to be Monaco by name; sources that know better set Place.Kind.
func monacoLayout(dirs []string) bool {
	for _, d := range dirs {
		if strings.Contains(d, "monaco") || strings.HasPrefix(d, "builtin:") {
			return true
		}
	}
	return monacoTemplateLayout(dirs)
}

func monacoTemplateLayout(dirs []string) bool {
	return hasAny(dirs, hiddenCredentialTypes...)
}

// kubernetesLayout guesses a Kubernetes manifest from folder and file names.
func kubernetesLayout(dirs []string, base string) bool {
	if hasAny(dirs, "k8s", "kubernetes", "kube", "manifests", "kustomize", "overlays", "templates") {
		return true
	}
	for _, w := range []string{"deployment", "statefulset", "daemonset", "cronjob", "secret", "configmap", "dynakube", "kustomization", "pod"} {
		if strings.Contains(base, w) {
			return true
		}
	}
	return false
}

// appLayout reports whether a JS/TS place is recognisably part of a
// Dynatrace app (dt-app project or its build output), as opposed to a Node
// script that could just as well read its environment.
func appLayout(p Place) bool {
	if p.Member != "" || p.Kind == fragment.SourceMap {
		return true
	}
	file := strings.ToLower(p.file())
	base := path.Base(file)
	for _, s := range []string{".function.ts", ".function.js", ".action.ts", ".widget.tsx", ".map"} {
		if strings.HasSuffix(base, s) {
			return true
		}
	}
	return hasAny(segments(path.Dir(file)), "api", "ui", "actions", "widgets", "dist", "out", ".dt-app")
}

// built reports whether the place is build output (a bundle, a source map,
// an archive member) rather than the source a person edits.
func built(p Place) bool {
	if p.Member != "" || p.Kind == fragment.SourceMap {
		return true
	}
	file := strings.ToLower(p.file())
	return strings.HasSuffix(file, ".map") || hasAny(segments(path.Dir(file)), "dist", "out", "build")
}

// inUI reports whether the place is app UI code, which runs in the browser.
func inUI(p Place) bool {
	return hasAny(segments(path.Dir(strings.ToLower(p.file()))), "ui")
}
