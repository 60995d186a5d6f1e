package remediation

import (
	"fmt"
	"path"
	"strings"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/fragment"
)

// Place is where a secret was found, as far as remediation cares.
type Place struct {
	// RuleID is the rule that found it: "dynatrace-api-token",
	// "aws-access-token", "generic-api-key"…
	RuleID string
	// Path is the physical file (slash-separated); "" for stdin.
	Path string
	// Member is the path inside an archive, if any; its name says the
	// language ("out/artifact.zip" holding "ui/main.js" is JavaScript).
	Member string
	// Kind is what the text is; "" or fragment.File for a whole file.
	Kind fragment.Kind
	// Name is the identifier or key the secret was assigned to, when known
	// ("apiToken", "DT_API_TOKEN", a header name); it names the variable
	// or parameter that replaces the literal.
	Name string
	// Commit and Date are the commit that introduced the secret and its
	// date, for history findings.
	Commit, Date string
	// StillPresent says, for history findings, whether the secret is still
	// in the tip; nil when unknown or not a history finding.
	StillPresent *bool
}

// VaultIDPlaceholder is the Credential Vault ID the replacements use: the
// credential's real ID goes in its place.
const VaultIDPlaceholder = "CREDENTIALS_VAULT-XXXXXXXXXXXXXXXX"

const (
	sdkPackage = "@dynatrace-sdk/client-classic-environment-v2"
	sdkImport  = "import { credentialVaultClient } from '" + sdkPackage + "';"
	vaultCall  = "await credentialVaultClient.getCredentialsDetails({ id: '" + VaultIDPlaceholder + "' });"
)

// For returns what should replace the secret found at p, in the language of
// p. The last step is always to rotate the secret.
func For(p Place) finding.Remediation {
	a := newAdvice(p)
	if p.StillPresent != nil && !*p.StillPresent {
		return a.gone()
	}
	r := a.byFamily()
	r.Steps = append(r.Steps, rotateStep(p))
	return r
}

// advice holds what every family's text needs to know about the place.
type advice struct {
	p    Place
	fam  family
	env  string     // environment variable / secret name: DT_API_TOKEN
	cred credential // token or username and password
}

func newAdvice(p Place) advice {
	return advice{
		p:    p,
		fam:  placeOf(p),
		env:  envName(p.RuleID, p.Name),
		cred: credentialOf(p.RuleID, p.Name),
	}
}

// label names the secret in a sentence: the assigned name when it is a plain
// and telling identifier, else the variable name.
func (a advice) label() string {
	if identifier(a.p.Name) && !vagueNames[upperSnake(a.p.Name)] {
		return a.p.Name
	}
	return a.env
}

// credType is the Credential Vault type a person picks in the UI.
func (a advice) credType() string {
	if a.cred == userPass {
		return "Username and password"
	}
	return "Token"
}

func (a advice) byFamily() finding.Remediation {
	switch a.fam {
	case famAppCode, famAppConfig:
		return a.appCode()
	case famAdHoc:
		return a.adHoc()
	case famDocText, famDocQuery, famDocResult:
		return a.document()
	case famWorkflowHTTP:
		return a.workflowHTTP()
	case famWorkflowInput:
		return a.workflowInput()
	case famMonacoParam, famMonacoTemplate:
		return a.monacoParameter()
	case famMonacoManifest:
		return a.monacoManifest()
	case famGo, famPython, famOtherLang:
		return a.program()
	case famKubernetes:
		return a.kubernetes()
	case famHelmValues:
		return a.helmValues()
	case famTerraform:
		return a.terraform()
	case famDockerfile:
		return a.dockerfile()
	case famYAML, famJSON, famTOML, famINI, famProperties, famNpmrc, famCompose:
		return a.config()
	case famGitHubActions, famGitLabCI, famAzurePipelines, famJenkins:
		return a.ci()
	case famDotenv, famShell, famPowerShell, famBatch, famMake:
		return a.shell()
	case famDocs:
		return finding.Remediation{
			Summary:     "Replace the secret in the documentation with a placeholder; never paste a real one.",
			Replacement: "$" + a.env,
			Language:    "text",
		}
	}
	return finding.Remediation{
		Summary: fmt.Sprintf("Remove the secret; keep it in the Credential Vault or a secret store and inject %s at run time.", a.env),
	}
}

// gone is the advice for a history finding that is no longer in the tip:
// nothing to replace, but it stays readable in history.
func (a advice) gone() finding.Remediation {
	summary := "No longer in the tip, but git history keeps it: rotate it."
	if exp := exposure(a.p); exp != "" {
		summary = fmt.Sprintf("No longer in the tip, but git history keeps it (%s): rotate it.", exp)
	}
	return finding.Remediation{
		Summary: summary,
		Steps: []string{
			"Rewriting history (git filter-repo) does not undo the exposure: clones, forks and caches keep it.",
			rotateStep(a.p),
		},
	}
}

// jsLookup is the Credential Vault lookup in JavaScript, or in TypeScript
// with the response type the SDK documents (the call returns the abstract
// element type, which has no token field to destructure).
func (a advice) jsLookup(ts bool) string {
	fields, typ := "{ token }", "CredentialsDetailsTokenResponseElement"
	if a.cred == userPass {
		fields, typ = "{ username, password }", "CredentialsDetailsUsernamePasswordResponseElement"
	}
	if !ts {
		return sdkImport + "\nconst " + fields + " = " + vaultCall
	}
	return "import { credentialVaultClient, type " + typ + " } from '" + sdkPackage + "';\n" +
		"const " + fields + ": " + typ + " =\n  " + vaultCall
}

func (a advice) scopeStep() string {
	return fmt.Sprintf(`Add { "name": "environment-api:credentials:read", "comment": "read %s from the Credential Vault" } to app.scopes in app.config.json.`, a.label())
}

func (a advice) appCode() finding.Remediation {
	ext := strings.ToLower(path.Ext(a.p.file()))
	ts := ext == ".ts" || ext == ".tsx" || ext == ".mts" || ext == ".cts" || ext == ".map" || a.p.Kind == fragment.SourceMap
	r := finding.Remediation{
		Summary:     "Read the secret from the Credential Vault at run time instead of hard-coding it in the app.",
		Replacement: a.jsLookup(ts),
		Language:    "js",
	}
	if ts {
		r.Language = "ts"
	}
	if a.fam == famAppConfig {
		r.Summary = "Take the secret out of the app config, which ships with the app; read it from the Credential Vault."
	}
	r.Steps = []string{
		fmt.Sprintf("Store it in the Credential Vault as a %s credential with the AppEngine scope and put its ID in the call.", a.credType()),
		a.scopeStep(),
	}
	if inUI(a.p) {
		r.Steps = append(r.Steps, "Read it in an app function (api/*.function.ts), not in the UI: whatever the browser receives, its user can read.")
	}
	if built(a.p) {
		r.Summary = "Fix the app source to read the secret from the Credential Vault, then rebuild: the bundle ships it."
		r.Steps = append(r.Steps, "Rebuild and redeploy: the built bundle, source map or artifact keeps the secret until replaced.")
	}
	if !appLayout(a.p) && a.fam == famAppCode {
		r.Steps = append(r.Steps, fmt.Sprintf("Outside a Dynatrace app (a Node script, CI), read process.env.%s instead, set from the vault.", a.env))
	}
	return r
}

// adHocWhere names the ad-hoc function's place and who runs it.
func (a advice) adHocWhere() (where, actor string) {
	switch a.p.Kind {
	case fragment.DashboardCode:
		return "dashboard code tile", "the users who view the dashboard"
	case fragment.WorkflowScript:
		return "workflow script", "the workflow's actor"
	}
	return "notebook code section", "the users who run the notebook"
}

func (a advice) adHoc() finding.Remediation {
	where, actor := a.adHocWhere()
	lookup := strings.SplitN(a.jsLookup(false), "\n", 2)
	return finding.Remediation{
		Summary: fmt.Sprintf("Read the secret from the Credential Vault in the %s instead of a literal.", where),
		Replacement: lookup[0] + "\nexport default async function () {\n  " + lookup[1] +
			"\n  // use it where the literal was\n}",
		Language: "js",
		Steps: []string{
			fmt.Sprintf("Store it as a %s credential with the AppEngine scope and \"Allow access without app context\" (allowContextlessRequests) on.", a.credType()),
			fmt.Sprintf("Give %s access to the credential (owner access only otherwise).", actor),
		},
	}
}

func (a advice) document() finding.Remediation {
	switch a.fam {
	case famDocQuery:
		return finding.Remediation{
			Summary: "Remove the secret from the DQL query: queries cannot read the Credential Vault and every viewer sees them.",
		}
	case famDocResult:
		return finding.Remediation{
			Summary: "Clear the cached result (re-run or clear the section): the document stores the secret with it.",
			Steps: []string{
				"The secret is in the data the query read (logs, events): stop the source that writes it there.",
			},
		}
	}
	where := "notebook markdown"
	if a.p.Kind == fragment.DashboardText {
		where = "dashboard text"
	}
	return finding.Remediation{
		Summary: fmt.Sprintf("Remove the secret from the %s: everyone who can open the document can read it.", where),
		Steps: []string{
			"Keep credentials in the Credential Vault and refer to them by ID (" + VaultIDPlaceholder + "), never by value.",
		},
	}
}

func (a advice) workflowHTTP() finding.Remediation {
	kind := "Token"
	if a.cred == userPass {
		kind = "Basic"
	}
	return finding.Remediation{
		Summary: "Use the HTTP Request action's Authentication with a Credential Vault credential, not a static header.",
		Replacement: "HTTP Request task → Authentication: on\n" +
			"  type: " + kind + ", credential: " + VaultIDPlaceholder + "\n" +
			"headers, url, payload: no secret",
		Language: "text",
		Steps: []string{
			"Header values are visible in the workflow monitor to everyone who can see the workflow.",
			"The credential needs the AppEngine scope, access for the Workflows app, and owner access or the actor selected.",
			"If the service wants the secret in the URL or body, send the request from a Run JavaScript task that reads the vault.",
		},
	}
}

func (a advice) workflowInput() finding.Remediation {
	return finding.Remediation{
		Summary: "Move the secret out of the task input: inputs are visible to everyone who can see the workflow.",
		Steps: []string{
			"Connector tasks take a connection (Settings) by ID; scripts read the Credential Vault (" + VaultIDPlaceholder + ").",
		},
	}
}

// monacoParameter replaces a literal parameter, or a literal in a template,
// with an environment parameter.
func (a advice) monacoParameter() finding.Remediation {
	param := a.p.Name
	if !identifier(param) {
		param = lowerCamel(a.env)
		if a.cred == userPass {
			param = "password"
		}
	}
	env := a.env
	hidden := hasAny(segments(path.Dir(strings.ToLower(a.p.file()))), hiddenCredentialTypes...)
	if hidden && !strings.HasPrefix(env, "CV_") {
		env = "CV_" + upperSnake(param)
	}
	params := fmt.Sprintf("parameters:\n  %s:\n    type: environment\n    name: %s", param, env)
	r := finding.Remediation{
		Summary:     fmt.Sprintf("Make it a `type: environment` parameter and set %s from the Credential Vault when deploying.", env),
		Replacement: params,
		Language:    "yaml",
		Steps: []string{
			fmt.Sprintf("Set %s in the CI or shell that runs monaco deploy; give the parameter no literal default:.", env),
		},
	}
	if a.fam == famMonacoTemplate {
		key := a.p.Name
		if key == "" {
			key = param
		}
		r.Summary = "Put a {{ ." + param + " }} placeholder in the template and feed it from a `type: environment` parameter."
		r.Replacement = fmt.Sprintf("# template: \"%s\": \"{{ .%s }}\"\n%s", key, param, params)
	}
	if hidden {
		r.Steps = append(r.Steps, "Monaco never downloads credential configs (hidden credentials): the secret must come from a parameter.")
	}
	return r
}

func (a advice) monacoManifest() finding.Remediation {
	id := strings.ToLower(a.p.RuleID)
	repl := fmt.Sprintf("auth:\n  token:\n    name: %s  # the variable's name, not its value", a.env)
	env := a.env
	switch {
	case strings.Contains(id, "oauth") || strings.Contains(id, "client"):
		env = "OAUTH_CLIENT_SECRET"
		repl = "auth:\n  oAuth:\n    clientId: {name: OAUTH_CLIENT_ID}\n    clientSecret: {name: OAUTH_CLIENT_SECRET}"
	case strings.Contains(id, "platform"):
		repl = fmt.Sprintf("auth:\n  platformToken:\n    name: %s  # the variable's name, not its value", a.env)
	}
	return finding.Remediation{
		Summary:     "Monaco reads auth only from environment variables: name the variable in the manifest, never the token.",
		Replacement: repl,
		Language:    "yaml",
		Steps: []string{
			fmt.Sprintf("Set %s in the CI or shell that runs monaco deploy, from the Credential Vault or CI secrets.", env),
		},
	}
}

// envReader is how a language reads an environment variable: code with
// {v} for the variable and {env} for the variable's name.
type envReader struct{ lang, code string }

var envReaders = map[string]envReader{
	".java":   {"java", `String {v} = System.getenv("{env}");`},
	".kt":     {"kotlin", `val {v} = System.getenv("{env}") ?: error("{env} is not set")`},
	".kts":    {"kotlin", `val {v} = System.getenv("{env}") ?: error("{env} is not set")`},
	".scala":  {"scala", `val {v} = sys.env("{env}")`},
	".groovy": {"groovy", `def {v} = System.getenv('{env}')`},
	".gradle": {"groovy", `def {v} = System.getenv('{env}')`},
	".cs":     {"csharp", `var {v} = Environment.GetEnvironmentVariable("{env}");`},
	".rb":     {"ruby", `{v} = ENV.fetch("{env}")`},
	".php":    {"php", `${v} = getenv('{env}');`},
	".rs":     {"rust", `let {v} = std::env::var("{env}")?;`},
	".swift":  {"swift", `let {v} = ProcessInfo.processInfo.environment["{env}"]`},
	".c":      {"c", `const char *{v} = getenv("{env}");`},
	".h":      {"c", `const char *{v} = getenv("{env}");`},
	".cpp":    {"cpp", `const char *{v} = std::getenv("{env}");`},
	".cc":     {"cpp", `const char *{v} = std::getenv("{env}");`},
	".hpp":    {"cpp", `const char *{v} = std::getenv("{env}");`},
	".pl":     {"perl", `my ${v} = $ENV{{env}};`},
	".lua":    {"lua", `local {v} = os.getenv("{env}")`},
	".r":      {"r", `{v} <- Sys.getenv("{env}")`},
	".ex":     {"elixir", `{v} = System.fetch_env!("{env}")`},
	".exs":    {"elixir", `{v} = System.fetch_env!("{env}")`},
}

// program is the advice for code in a general-purpose language: read the
// variable from the environment, which the deployment fills from the vault.
func (a advice) program() finding.Remediation {
	v := varName(a.p.Name, a.cred)
	r := finding.Remediation{
		Summary: fmt.Sprintf("Read %s from the environment at run time, set from the Credential Vault or secret store.", a.env),
	}
	switch a.fam {
	case famGo:
		r.Language = "go"
		r.Replacement = fmt.Sprintf("%s := os.Getenv(%q)\nif %s == \"\" {\n\treturn errors.New(%q)\n}", v, a.env, v, a.env+" is not set")
		if a.p.Kind == fragment.GoConstant {
			r.Steps = append(r.Steps, "A constant cannot come from the environment: make it a variable read at start-up.")
		}
	case famPython:
		r.Language = "python"
		r.Replacement = fmt.Sprintf("import os\n%s = os.environ[%q]", v, a.env)
		if a.p.Kind == fragment.JupyterCell || strings.HasSuffix(strings.ToLower(a.p.file()), ".ipynb") {
			r.Steps = append(r.Steps, "Clear the notebook's outputs before committing: jupyter nbconvert --clear-output --inplace <notebook>.")
		}
	default:
		er := envReaders[strings.ToLower(path.Ext(a.p.file()))]
		r.Language = er.lang
		r.Replacement = strings.NewReplacer("{v}", v, "{env}", a.env).Replace(er.code)
	}
	r.Steps = append(r.Steps, fmt.Sprintf("Have the deployment set %s from the Credential Vault or its secret store, never from a committed file.", a.env))
	return r
}

// config is the advice for a configuration file with no idiom of its own:
// a placeholder the deployment fills, or the program reads the variable.
func (a advice) config() finding.Remediation {
	key := configKey(a.p.Name, a.env, a.fam == famProperties)
	r := finding.Remediation{
		Summary: fmt.Sprintf("Keep the value out of the file: reference %s, filled at deploy time from the Credential Vault.", a.env),
		Steps: []string{
			fmt.Sprintf("Expand it at deploy time (envsubst or the tool's own env support) from the vault, or have the program read %s itself.", a.env),
		},
	}
	ref := "${" + a.env + "}"
	switch a.fam {
	case famYAML:
		r.Language, r.Replacement = "yaml", key+": "+ref
	case famJSON:
		r.Language, r.Replacement = "json", fmt.Sprintf("%q: %q", key, ref)
	case famTOML:
		r.Language, r.Replacement = "toml", fmt.Sprintf("%s = %q", key, ref)
	case famINI:
		r.Language, r.Replacement = "ini", key+" = "+ref
	case famProperties:
		r.Language, r.Replacement = "properties", key+"="+ref
		r.Steps[0] = fmt.Sprintf("Spring and similar resolve ${%s} from the environment; set it there from the vault.", a.env)
	case famNpmrc:
		r.Summary = fmt.Sprintf("Reference ${%s} in .npmrc: npm expands it from the environment.", a.env)
		r.Language, r.Replacement = "ini", "//registry.npmjs.org/:_authToken="+ref
		r.Steps = []string{fmt.Sprintf("Set %s in CI from its secret store; use your registry's host in the line.", a.env)}
	case famCompose:
		r.Summary = fmt.Sprintf("Interpolate ${%s} from the environment instead of a literal in the compose file.", a.env)
		r.Language = "yaml"
		r.Replacement = fmt.Sprintf("services:\n  app:\n    environment:\n      %s: ${%s:?%s is not set}", a.env, a.env, a.env)
		r.Steps = []string{"Compose takes it from the shell or an untracked .env, filled from the Credential Vault or secret store."}
	}
	return r
}

// secretName is a Kubernetes Secret (or Jenkins credential) name and key.
func (a advice) secretName() (name, key string) {
	key = "token"
	if a.cred == userPass {
		key = "password"
	}
	return kebab(a.env), key
}

func (a advice) operatorStep() []string {
	if !strings.HasPrefix(strings.ToLower(a.p.RuleID), "dynatrace") {
		return nil
	}
	return []string{"Dynatrace Operator: keep apiToken and dataIngestToken in the Secret the DynaKube names, created the same way."}
}

func (a advice) kubernetes() finding.Remediation {
	name, key := a.secretName()
	return finding.Remediation{
		Summary: "Reference a Kubernetes Secret (secretKeyRef) created from the vault instead of a literal value.",
		Replacement: fmt.Sprintf("env:\n  - name: %s\n    valueFrom:\n      secretKeyRef: {name: %s, key: %s}",
			a.env, name, key),
		Language: "yaml",
		Steps: append([]string{
			fmt.Sprintf("Create the Secret from the vault (External Secrets Operator, or kubectl create secret generic %s --from-literal=%s=\"$%s\" in the pipeline); never commit a Secret manifest with data.", name, key, a.env),
		}, a.operatorStep()...),
	}
}

func (a advice) helmValues() finding.Remediation {
	// the values file holds the last key; --set-string takes the dotted path
	key, setPath := configKey(a.p.Name, a.env, false), configKey(a.p.Name, a.env, true)
	return finding.Remediation{
		Summary:     "Leave the value empty in the values file and pass it at install time, or use an existing Secret.",
		Replacement: fmt.Sprintf("%s: \"\"  # set at install: helm upgrade --install … --set-string %s=\"$%s\"", key, setPath, a.env),
		Language:    "yaml",
		Steps: append([]string{
			fmt.Sprintf("Set %s from the Credential Vault or CI secrets in the job that runs helm; or point the chart at a Secret created from the vault.", a.env),
		}, a.operatorStep()...),
	}
}

func (a advice) terraform() finding.Remediation {
	v := lowerSnake(a.env)
	if a.p.Name != "" {
		v = lowerSnake(a.p.Name)
	}
	r := finding.Remediation{
		Summary:     fmt.Sprintf("Declare a sensitive variable and set TF_VAR_%s from the Credential Vault; no literal in .tf/.tfvars.", v),
		Replacement: fmt.Sprintf("variable %q {\n  type      = string\n  sensitive = true\n}\n# use var.%s; export TF_VAR_%s from the vault before plan/apply", v, v, v),
		Language:    "hcl",
	}
	id := strings.ToLower(a.p.RuleID)
	if strings.HasPrefix(id, "dynatrace") && !strings.Contains(id, "oauth") && !strings.Contains(id, "client") {
		r.Steps = append(r.Steps, "The dynatrace provider reads DYNATRACE_API_TOKEN (and DYNATRACE_ENV_URL) from the environment: leave it out of the provider block.")
	}
	r.Steps = append(r.Steps, "Terraform state holds sensitive values in clear text: keep it in an encrypted, access-controlled backend.")
	return r
}

func (a advice) dockerfile() finding.Remediation {
	id := lowerSnake(a.env)
	return finding.Remediation{
		Summary: "Use a build secret mount, not ARG or ENV: both stay in the image and its history.",
		Replacement: fmt.Sprintf("# syntax=docker/dockerfile:1\nRUN --mount=type=secret,id=%s,env=%s ./step-that-needs-it.sh\n# docker build --secret id=%s,env=%s .",
			id, a.env, id, a.env),
		Language: "dockerfile",
		Steps: []string{
			fmt.Sprintf("Set %s for the build from the Credential Vault or CI secrets; a container that needs it at run time gets it from the orchestrator (docker run -e %s).", a.env, a.env),
		},
	}
}

func (a advice) ci() finding.Remediation {
	switch a.fam {
	case famGitHubActions:
		name := a.env
		if strings.HasPrefix(name, "GITHUB_") { // reserved prefix for secret names
			name = "GH_" + strings.TrimPrefix(name, "GITHUB_")
		}
		return finding.Remediation{
			Summary:     fmt.Sprintf("Store it as a GitHub Actions secret and reference ${{ secrets.%s }}.", name),
			Replacement: fmt.Sprintf("env:\n  %s: ${{ secrets.%s }}", name, name),
			Language:    "yaml",
			Steps:       []string{fmt.Sprintf("Add it as a repository or environment secret (gh secret set %s), its value taken from the vault.", name)},
		}
	case famGitLabCI:
		return finding.Remediation{
			Summary:     fmt.Sprintf("Store it as a masked, protected CI/CD variable and use $%s in the job.", a.env),
			Replacement: fmt.Sprintf("script:\n  - ./deploy.sh  # reads $%s from a masked, protected CI/CD variable", a.env),
			Language:    "yaml",
			Steps:       []string{fmt.Sprintf("Define %s under Settings → CI/CD → Variables (masked, protected), or fetch it with the secrets: keyword.", a.env)},
		}
	case famAzurePipelines:
		return finding.Remediation{
			Summary:     "Store it as a secret pipeline variable and map it into the step's env.",
			Replacement: fmt.Sprintf("- script: ./deploy.sh\n  env:\n    %s: $(%s)  # secret variables reach scripts only when mapped", a.env, a.env),
			Language:    "yaml",
			Steps:       []string{fmt.Sprintf("Define %s as a secret variable (pipeline settings, or a variable group linked to a key vault).", a.env)},
		}
	}
	id, _ := a.secretName()
	bind := fmt.Sprintf("string(credentialsId: '%s', variable: '%s')", id, a.env)
	kind := "Secret text"
	if a.cred == userPass {
		bind = fmt.Sprintf("usernamePassword(credentialsId: '%s', usernameVariable: '%s_USER', passwordVariable: '%s')", id, a.env, a.env)
		kind = "Username with password"
	}
	return finding.Remediation{
		Summary:     "Store it in Jenkins credentials and bind it with withCredentials.",
		Replacement: fmt.Sprintf("withCredentials([%s]) {\n  sh './deploy.sh'  // reads $%s\n}", bind, a.env),
		Language:    "groovy",
		Steps:       []string{fmt.Sprintf("Add a %s credential with ID %s (or bind Jenkins to your vault).", kind, id)},
	}
}

// shell is the advice for .env files and scripts: the value leaves the file
// and the runner injects it.
func (a advice) shell() finding.Remediation {
	inject := fmt.Sprintf("Inject it at run time: the runner's secret environment, or export %s=\"$(<secret store CLI>)\" first.", a.env)
	r := finding.Remediation{
		Summary: fmt.Sprintf("Remove it from the script; have the runner inject %s from the Credential Vault or secret store.", a.env),
		Steps:   []string{inject},
	}
	switch a.fam {
	case famDotenv:
		r.Summary = "Remove the value from the .env file; keep it in the Credential Vault and inject it at run time."
		r.Language = "dotenv"
		r.Replacement = "# .env.example (committed): names only\n" + a.env + "="
		r.Steps = []string{"Keep real .env files out of version control (.gitignore).", inject}
	case famShell:
		r.Language = "shell"
		r.Replacement = fmt.Sprintf(": \"${%s:?%s is not set}\"\n# use \"$%s\" where the literal was", a.env, a.env, a.env)
	case famPowerShell:
		v := varName(a.p.Name, a.cred)
		r.Language = "powershell"
		r.Replacement = fmt.Sprintf("$%s = $env:%s\nif (-not $%s) { throw '%s is not set' }", v, a.env, v, a.env)
	case famBatch:
		r.Language = "batch"
		r.Replacement = fmt.Sprintf("if not defined %s (echo %s is not set & exit /b 1)\nrem use %%%s%% where the literal was", a.env, a.env, a.env)
	case famMake:
		r.Language = "make"
		r.Replacement = fmt.Sprintf("%s ?= $(error %s is not set)\n# recipes use $(%s); make reads it from the environment", a.env, a.env, a.env)
	}
	return r
}
