package remediation

import (
	"strings"
	"testing"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/fragment"
)

// text joins everything a person reads, for content assertions.
func text(r finding.Remediation) string {
	return r.Summary + "\n" + r.Replacement + "\n" + strings.Join(r.Steps, "\n")
}

const scopeName = `"name": "environment-api:credentials:read"`

// placeCases cover each family of places, with the content that makes the
// advice right for that place.
var placeCases = []struct {
	name    string
	place   Place
	lang    string
	want    []string // substrings of Summary+Replacement+Steps
	notWant []string
}{
	{
		name:  "app function",
		place: Place{RuleID: "dynatrace-api-token", Path: "api/get-problems.function.ts", Name: "apiToken"},
		lang:  "ts",
		want: []string{"credentialVaultClient.getCredentialsDetails", "@dynatrace-sdk/client-classic-environment-v2",
			"CredentialsDetailsTokenResponseElement", "{ token }", scopeName, `"comment": "read apiToken from the Credential Vault"`,
			"AppEngine scope"},
		notWant: []string{"process.env", "not in the UI"},
	},
	{
		name:  "plain TS file outside an app layout",
		place: Place{RuleID: "dynatrace-api-token", Path: "app.ts"},
		lang:  "ts",
		want:  []string{"credentialVaultClient.getCredentialsDetails", VaultIDPlaceholder, scopeName, "process.env.DT_API_TOKEN"},
	},
	{
		name:  "UI code in JS",
		place: Place{RuleID: "dynatrace-api-token", Path: "ui/app/util.js"},
		lang:  "js",
		want:  []string{"const { token } = await credentialVaultClient.getCredentialsDetails", scopeName, "app function"},
	},
	{
		name:  "bundle member of the artifact",
		place: Place{RuleID: "dynatrace-api-token", Path: "out/artifact.zip", Member: "ui/assets/index-3f2a.js"},
		lang:  "js",
		want:  []string{"credentialVaultClient.getCredentialsDetails", scopeName, "rebuild", "redeploy"},
	},
	{
		name:  "source map",
		place: Place{RuleID: "dynatrace-api-token", Path: "dist/ui/assets/index.js.map", Kind: fragment.SourceMap},
		want:  []string{"credentialVaultClient.getCredentialsDetails", scopeName, "source map"},
	},
	{
		name:  "basic auth in app code destructures username and password",
		place: Place{RuleID: "curl-auth-user", Path: "api/call.function.ts", Name: "password"},
		lang:  "ts",
		want:  []string{"{ username, password }", "CredentialsDetailsUsernamePasswordResponseElement", "Username and password credential"},
	},
	{
		name:  "app.config.json",
		place: Place{RuleID: "dynatrace-api-token", Path: "my-app/app.config.json"},
		want:  []string{"app config", "credentialVaultClient.getCredentialsDetails", scopeName},
	},
	{
		name:  "notebook code section",
		place: Place{RuleID: "dynatrace-api-token", Path: "notebooks/ops.json", Kind: fragment.NotebookCode},
		lang:  "js",
		want: []string{"export default async function", "credentialVaultClient.getCredentialsDetails",
			"AppEngine scope", "Allow access without app context", "allowContextlessRequests", "notebook"},
	},
	{
		name:  "dashboard code tile",
		place: Place{RuleID: "dynatrace-api-token", Path: "dash.json", Kind: fragment.DashboardCode},
		lang:  "js",
		want:  []string{"dashboard code tile", "allowContextlessRequests", "export default async function"},
	},
	{
		name:  "workflow script",
		place: Place{RuleID: "dynatrace-api-token", Path: "wf.json", Kind: fragment.WorkflowScript},
		lang:  "js",
		want:  []string{"workflow script", "allowContextlessRequests", "workflow's actor"},
	},
	{
		name:    "notebook markdown",
		place:   Place{RuleID: "dynatrace-api-token", Path: "nb.json", Kind: fragment.NotebookText},
		want:    []string{"Remove the secret from the notebook markdown"},
		notWant: []string{"getCredentialsDetails"},
	},
	{
		name:  "DQL query",
		place: Place{RuleID: "dynatrace-api-token", Path: "dash.json", Kind: fragment.DashboardQuery},
		want:  []string{"DQL", "Remove"},
	},
	{
		name:  "cached result",
		place: Place{RuleID: "dynatrace-api-token", Path: "nb.json", Kind: fragment.NotebookResult},
		want:  []string{"cached result", "re-run"},
	},
	{
		name:    "workflow HTTP header",
		place:   Place{RuleID: "dynatrace-api-token", Path: "wf.json", Kind: fragment.WorkflowHTTP, Name: "Authorization"},
		lang:    "text",
		want:    []string{"Authentication", "Credential Vault", "type: Token", VaultIDPlaceholder, "static", "visible"},
		notWant: []string{"getCredentialsDetails({"},
	},
	{
		name:  "workflow HTTP basic auth",
		place: Place{RuleID: "curl-auth-user", Path: "wf.json", Kind: fragment.WorkflowHTTP},
		want:  []string{"type: Basic"},
	},
	{
		name:  "workflow task input",
		place: Place{RuleID: "slack-bot-token", Path: "wf.json", Kind: fragment.WorkflowInput},
		want:  []string{"connection", VaultIDPlaceholder},
	},
	{
		name:  "Go",
		place: Place{RuleID: "dynatrace-api-token", Path: "cmd/agent/main.go"},
		lang:  "go",
		want:  []string{`os.Getenv("DT_API_TOKEN")`, "Credential Vault"},
	},
	{
		name:  "Go named variable",
		place: Place{RuleID: "aws-access-token", Path: "pkg/s3.go", Name: "awsSecretAccessKey"},
		lang:  "go",
		want:  []string{`awsSecretAccessKey := os.Getenv("AWS_SECRET_ACCESS_KEY")`},
	},
	{
		name:  "Go constant",
		place: Place{RuleID: "dynatrace-api-token", Path: "internal/x.go", Kind: fragment.GoConstant},
		lang:  "go",
		want:  []string{"os.Getenv", "constant"},
	},
	{
		name:  "Python",
		place: Place{RuleID: "openai-api-key", Path: "tools/report.py"},
		lang:  "python",
		want:  []string{`os.environ["OPENAI_API_KEY"]`},
	},
	{
		name:  "Jupyter cell",
		place: Place{RuleID: "dynatrace-api-token", Path: "analysis.ipynb", Kind: fragment.JupyterCell},
		lang:  "python",
		want:  []string{"os.environ", "--clear-output"},
	},
	{
		name:  "Java",
		place: Place{RuleID: "dynatrace-api-token", Path: "src/main/java/App.java"},
		lang:  "java",
		want:  []string{`System.getenv("DT_API_TOKEN")`},
	},
	{
		name:  "Monaco parameter",
		place: Place{RuleID: "generic-api-key", Path: "project/alerting/config.yaml", Kind: fragment.MonacoParam, Name: "apiKey"},
		lang:  "yaml",
		want:  []string{"type: environment", "name: API_KEY", "apiKey:", "default"},
	},
	{
		name:  "Monaco credential-vault template",
		place: Place{RuleID: "generic-api-key", Path: "project/credential-vault/credential.json", Name: "password"},
		lang:  "yaml",
		want:  []string{`"password": "{{ .password }}"`, "type: environment", "name: CV_PASSWORD", "hidden credentials"},
	},
	{
		name:  "Monaco config.yaml by layout",
		place: Place{RuleID: "dynatrace-api-token", Path: "monaco/project/builtin:alerting.profile/config.yaml", Name: "token"},
		lang:  "yaml",
		want:  []string{"type: environment", "name: DT_API_TOKEN"},
	},
	{
		name:  "Monaco manifest",
		place: Place{RuleID: "dynatrace-api-token", Path: "monaco/manifest.yaml"},
		lang:  "yaml",
		want:  []string{"auth:", "token:", "name: DT_API_TOKEN", "environment variables"},
	},
	{
		name:  "Monaco manifest OAuth",
		place: Place{RuleID: "dynatrace-oauth-client-secret", Path: "monaco-config/manifest.yaml"},
		want:  []string{"oAuth:", "clientSecret: {name: OAUTH_CLIENT_SECRET}", "Account Management"},
	},
	{
		name:    "plain YAML config",
		place:   Place{RuleID: "dynatrace-api-token", Path: "config/app.yaml", Name: "dynatrace.apiToken"},
		lang:    "yaml",
		want:    []string{"apiToken: ${DYNATRACE_API_TOKEN}"},
		notWant: []string{"dynatrace.apiToken:"},
	},
	{
		name:  "JSON config",
		place: Place{RuleID: "generic-api-key", Path: "settings.json", Name: "apiKey"},
		lang:  "json",
		want:  []string{`"apiKey": "${API_KEY}"`},
	},
	{
		name:  "TOML config",
		place: Place{RuleID: "generic-api-key", Path: "conf.toml"},
		lang:  "toml",
		want:  []string{`api_key = "${API_KEY}"`},
	},
	{
		name:  "properties keep dotted keys",
		place: Place{RuleID: "generic-api-key", Path: "application.properties", Name: "dynatrace.api.token"},
		lang:  "properties",
		want:  []string{"dynatrace.api.token=${DYNATRACE_API_TOKEN}"},
	},
	{
		name:  "Kubernetes manifest",
		place: Place{RuleID: "dynatrace-api-token", Path: "deploy/k8s/deployment.yaml"},
		lang:  "yaml",
		want:  []string{"secretKeyRef", "name: DT_API_TOKEN", "kubectl create secret generic dt-api-token", "DynaKube"},
	},
	{
		name:  "Helm values",
		place: Place{RuleID: "dynatrace-api-token", Path: "charts/agent/values.yaml", Name: "dynatrace.apiToken"},
		lang:  "yaml",
		want:  []string{`apiToken: ""`, "--set-string dynatrace.apiToken=", "Secret"},
	},
	{
		name:  "Terraform",
		place: Place{RuleID: "dynatrace-api-token", Path: "infra/main.tf"},
		lang:  "hcl",
		want:  []string{`variable "dt_api_token"`, "sensitive = true", "TF_VAR_dt_api_token", "DYNATRACE_API_TOKEN", "state"},
	},
	{
		name:  "Terraform tfvars",
		place: Place{RuleID: "aws-access-token", Path: "env/prod.tfvars", Name: "aws_access_key"},
		lang:  "hcl",
		want:  []string{`variable "aws_access_key"`, "TF_VAR_aws_access_key", "IAM"},
	},
	{
		name:    "Dockerfile",
		place:   Place{RuleID: "dynatrace-api-token", Path: "build/Dockerfile"},
		lang:    "dockerfile",
		want:    []string{"--mount=type=secret,id=dt_api_token,env=DT_API_TOKEN", "docker build --secret", "not ARG or ENV"},
		notWant: []string{"ARG DT_API_TOKEN"},
	},
	{
		name:  "docker compose",
		place: Place{RuleID: "dynatrace-api-token", Path: "docker-compose.prod.yml"},
		lang:  "yaml",
		want:  []string{"DT_API_TOKEN: ${DT_API_TOKEN:?"},
	},
	{
		name:  "GitHub Actions",
		place: Place{RuleID: "dynatrace-api-token", Path: ".github/workflows/deploy.yml"},
		lang:  "yaml",
		want:  []string{"${{ secrets.DT_API_TOKEN }}", "gh secret set DT_API_TOKEN"},
	},
	{
		name:    "GitHub Actions avoids the reserved GITHUB_ prefix",
		place:   Place{RuleID: "github-pat", Path: ".github/workflows/release.yaml", Name: "GITHUB_PAT"},
		want:    []string{"${{ secrets.GH_PAT }}"},
		notWant: []string{"secrets.GITHUB_PAT"},
	},
	{
		name:  "GitLab CI",
		place: Place{RuleID: "dynatrace-api-token", Path: ".gitlab-ci.yml"},
		lang:  "yaml",
		want:  []string{"$DT_API_TOKEN", "masked", "protected"},
	},
	{
		name:  "Azure Pipelines",
		place: Place{RuleID: "dynatrace-api-token", Path: "azure-pipelines.yml"},
		want:  []string{"$(DT_API_TOKEN)", "secret variable"},
	},
	{
		name:  "Jenkinsfile",
		place: Place{RuleID: "dynatrace-api-token", Path: "Jenkinsfile"},
		lang:  "groovy",
		want:  []string{"withCredentials([string(credentialsId: 'dt-api-token', variable: 'DT_API_TOKEN')])"},
	},
	{
		name:  "Jenkinsfile with a password",
		place: Place{RuleID: "generic-api-key", Path: "ci/Jenkinsfile", Name: "dbPassword"},
		want:  []string{"usernamePassword(", "passwordVariable: 'DB_PASSWORD'"},
	},
	{
		name:  ".npmrc",
		place: Place{RuleID: "npm-access-token", Path: ".npmrc"},
		want:  []string{"_authToken=${NPM_TOKEN}"},
	},
	{
		name:  ".env",
		place: Place{RuleID: "dynatrace-api-token", Path: "my-app/.env"},
		lang:  "dotenv",
		want:  []string{"DT_API_TOKEN=", ".gitignore", `export DT_API_TOKEN="$(`, "Credential Vault"},
	},
	{
		name:  ".env.production",
		place: Place{RuleID: "dynatrace-api-token", Path: ".env.production"},
		lang:  "dotenv",
	},
	{
		name:  "shell script",
		place: Place{RuleID: "dynatrace-api-token", Path: "scripts/deploy.sh"},
		lang:  "shell",
		want:  []string{`"${DT_API_TOKEN:?`, "export DT_API_TOKEN="},
	},
	{
		name:  "PowerShell",
		place: Place{RuleID: "dynatrace-api-token", Path: "scripts/deploy.ps1"},
		lang:  "powershell",
		want:  []string{"$env:DT_API_TOKEN"},
	},
	{
		name:  "Makefile",
		place: Place{RuleID: "dynatrace-api-token", Path: "Makefile"},
		lang:  "make",
		want:  []string{"$(DT_API_TOKEN)"},
	},
	{
		name:  "README",
		place: Place{RuleID: "dynatrace-api-token", Path: "README.md"},
		lang:  "text",
		want:  []string{"placeholder", "$DT_API_TOKEN"},
	},
	{
		name:  "stdin",
		place: Place{RuleID: "dynatrace-api-token"},
		want:  []string{"Credential Vault", "DT_API_TOKEN"},
	},
	{
		name:  "unknown file",
		place: Place{RuleID: "generic-api-key", Path: "data/blob.xyz"},
		want:  []string{"Credential Vault", "API_KEY"},
	},
	{
		name:  "Windows path and nested member",
		place: Place{RuleID: "dynatrace-api-token", Path: `build\bundle.zip`, Member: "inner.zip!api/fn.js"},
		lang:  "js",
		want:  []string{"credentialVaultClient.getCredentialsDetails"},
	},
}

func TestForPlaces(t *testing.T) {
	for _, tc := range placeCases {
		t.Run(tc.name, func(t *testing.T) {
			r := For(tc.place)
			all := text(r)
			if tc.lang != "" && r.Language != tc.lang {
				t.Errorf("Language = %q, want %q", r.Language, tc.lang)
			}
			for _, w := range tc.want {
				if !strings.Contains(all, w) {
					t.Errorf("missing %q in:\n%s", w, all)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(all, w) {
					t.Errorf("unexpected %q in:\n%s", w, all)
				}
			}
		})
	}
}

// Every remediation is compact, says what to do, and ends with rotation.
func TestForShape(t *testing.T) {
	for _, tc := range placeCases {
		r := For(tc.place)
		if r.Summary == "" || len(r.Summary) > 120 {
			t.Errorf("%s: summary length %d: %q", tc.name, len(r.Summary), r.Summary)
		}
		if n := strings.Count(r.Replacement, "\n") + 1; r.Replacement != "" && n > 6 {
			t.Errorf("%s: replacement has %d lines", tc.name, n)
		}
		if (r.Replacement == "") != (r.Language == "") {
			t.Errorf("%s: replacement %q with language %q", tc.name, r.Replacement, r.Language)
		}
		if len(r.Steps) == 0 || !strings.HasPrefix(r.Steps[len(r.Steps)-1], "Rotate it") {
			t.Errorf("%s: last step is not rotation: %q", tc.name, r.Steps)
		}
		if last := r.Steps[len(r.Steps)-1]; !strings.Contains(last, "least privilege") {
			t.Errorf("%s: rotation does not mention least privilege: %q", tc.name, last)
		}
	}
}

func TestRotation(t *testing.T) {
	cases := []struct {
		rule string
		want string
	}{
		{"dynatrace-api-token", "POST /api/v2/apiTokens/lookup"},
		{"dynatrace-api-token", "DELETE /api/v2/apiTokens/{id}"},
		{"dynatrace-oauth-client-secret", "delete the OAuth client"},
		{"dynatrace-platform-token", "platform token"},
		{"dynatrace-tenant-token", "tenantTokenRotation"},
		{"aws-access-token", "IAM"},
		{"github-pat", "GitHub"},
		{"slack-webhook-url", "regenerate the webhook URL"},
		{"private-key", "key pair"},
		{"generic-api-key", "revoke it where it was issued"},
	}
	for _, tc := range cases {
		steps := For(Place{RuleID: tc.rule, Path: "x.go"}).Steps
		if last := steps[len(steps)-1]; !strings.Contains(last, tc.want) {
			t.Errorf("%s: rotation %q lacks %q", tc.rule, last, tc.want)
		}
	}
}

func TestHistory(t *testing.T) {
	commit := strings.Repeat("ab12", 10)
	yes, no := true, false

	t.Run("still present keeps the replacement and dates the exposure", func(t *testing.T) {
		r := For(Place{RuleID: "dynatrace-api-token", Path: "main.go", Commit: commit, Date: "2024-03-01T10:00:00+01:00", StillPresent: &yes})
		if !strings.Contains(r.Replacement, "os.Getenv") {
			t.Errorf("replacement = %q", r.Replacement)
		}
		last := r.Steps[len(r.Steps)-1]
		if !strings.Contains(last, "exposed since 2024-03-01 in ab12ab1") {
			t.Errorf("rotation = %q", last)
		}
	})
	t.Run("gone from the tip still says rotate", func(t *testing.T) {
		r := For(Place{RuleID: "dynatrace-api-token", Path: "main.go", Commit: commit, Date: "Fri Mar 1 10:00:00 2024 +0100", StillPresent: &no})
		if r.Replacement != "" {
			t.Errorf("replacement for a secret no longer present: %q", r.Replacement)
		}
		if !strings.Contains(r.Summary, "exposed since 2024-03-01 in ab12ab1") {
			t.Errorf("summary = %q", r.Summary)
		}
		last := r.Steps[len(r.Steps)-1]
		if !strings.HasPrefix(last, "Rotate it (exposed since") || !strings.Contains(last, "apiTokens/lookup") {
			t.Errorf("rotation = %q", last)
		}
	})
	t.Run("unreadable date is shown as given", func(t *testing.T) {
		r := For(Place{RuleID: "generic-api-key", Path: "a.py", Commit: "abc", Date: "last tuesday"})
		if last := r.Steps[len(r.Steps)-1]; !strings.Contains(last, "exposed since last tuesday in abc") {
			t.Errorf("rotation = %q", last)
		}
	})
	t.Run("not history: no exposure date", func(t *testing.T) {
		r := For(Place{RuleID: "generic-api-key", Path: "a.py"})
		if last := r.Steps[len(r.Steps)-1]; strings.Contains(last, "exposed since") {
			t.Errorf("rotation = %q", last)
		}
	})
}

func TestEnvName(t *testing.T) {
	cases := []struct{ rule, name, want string }{
		{"dynatrace-api-token", "", "DT_API_TOKEN"},
		{"dynatrace-platform-token", "", "DT_PLATFORM_TOKEN"},
		{"aws-access-token", "", "AWS_ACCESS_KEY_ID"},
		{"generic-api-key", "", "API_KEY"},
		{"openai-api-key", "", "OPENAI_API_KEY"},
		{"", "", "SECRET"},
		{"dynatrace-api-token", "apiToken", "API_TOKEN"},
		{"dynatrace-api-token", "DT_API_TOKEN", "DT_API_TOKEN"},
		{"dynatrace-api-token", "APIToken", "API_TOKEN"},
		{"generic-api-key", "x-api-key", "X_API_KEY"},
		{"generic-api-key", "client.secret", "CLIENT_SECRET"},
		{"dynatrace-api-token", "Authorization", "DT_API_TOKEN"},
		{"dynatrace-api-token", "token", "DT_API_TOKEN"},
		{"dynatrace-api-token", "/tasks/call/input/headers/Authorization", "DT_API_TOKEN"},
		{"generic-api-key", "2faSecret", "SECRET_2FA_SECRET"},
		{"generic-api-key", "ключ", "API_KEY"},
	}
	for _, tc := range cases {
		if got := envName(tc.rule, tc.name); got != tc.want {
			t.Errorf("envName(%q, %q) = %q, want %q", tc.rule, tc.name, got, tc.want)
		}
	}
}

func TestFileFamily(t *testing.T) {
	cases := []struct {
		file string
		want family
	}{
		{"Dockerfile", famDockerfile},
		{"docker/Dockerfile.prod", famDockerfile},
		{"api.Dockerfile", famDockerfile},
		{"compose.yaml", famCompose},
		{".github/workflows/ci.yml", famGitHubActions},
		{"my-action/action.yml", famGitHubActions},
		{"ci/.gitlab-ci.yml", famGitLabCI},
		{".env", famDotenv},
		{"prod.env", famDotenv},
		{".envrc", famShell},
		{"app.config.json", famAppConfig},
		{"monaco/manifest.yaml", famMonacoManifest},
		{"manifest.yaml", famYAML}, // too common a name to be Monaco by itself
		{"config.yaml", famYAML},
		{"project/aws-credentials/aws.json", famMonacoTemplate},
		{"helm/values-prod.yaml", famHelmValues},
		{"k8s/app.yaml", famKubernetes},
		{"dynakube.yaml", famKubernetes},
		{"main.tf.json", famTerraform},
		{"lib.rs", famOtherLang},
		{"notes.txt", famDocs},
		{"a.bin", famUnknown},
		{"", famUnknown},
	}
	for _, tc := range cases {
		if got := fileFamily(tc.file); got != tc.want {
			t.Errorf("fileFamily(%q) = %d, want %d", tc.file, got, tc.want)
		}
	}
}

// The kind of a fragment wins over the file name: a notebook is a .json
// file, its code section is JavaScript.
func TestKindWinsOverFile(t *testing.T) {
	r := For(Place{RuleID: "dynatrace-api-token", Path: "docs/notebook.json", Kind: fragment.NotebookCode})
	if r.Language != "js" {
		t.Errorf("Language = %q, want js", r.Language)
	}
	r = For(Place{RuleID: "dynatrace-api-token", Path: "x.json", Kind: fragment.File})
	if r.Language != "json" {
		t.Errorf("Language = %q, want json", r.Language)
	}
}

// Odd input never panics and still yields a remediation that ends with
// rotation.
func TestOddInput(t *testing.T) {
	odd := []Place{
		{},
		{Name: "\x00\xff", Path: "/", Member: "!"},
		{RuleID: "dynatrace-api-token", Path: "a/", Name: "'\"=:"},
		{RuleID: strings.Repeat("x-", 200), Path: strings.Repeat("d/", 200) + "f.go", Name: strings.Repeat("aB", 200)},
		{RuleID: "generic-api-key", Path: "c.yaml", Kind: fragment.MonacoTemplate, Name: "a b"},
		{RuleID: "x", Kind: "no-such-kind"},
	}
	for _, p := range odd {
		r := For(p)
		if r.Summary == "" || len(r.Steps) == 0 || !strings.HasPrefix(r.Steps[len(r.Steps)-1], "Rotate it") {
			t.Errorf("For(%+v) = %+v", p, r)
		}
	}
}

func TestScopeCommentNamesTheSecret(t *testing.T) {
	cases := []struct{ name, want string }{
		{"apiToken", `"read apiToken from`},
		{"/headers/Authorization", `"read DT_API_TOKEN from`},
		{"token", `"read DT_API_TOKEN from`},
	}
	for _, tc := range cases {
		r := For(Place{RuleID: "dynatrace-api-token", Path: "api/x.function.ts", Name: tc.name})
		if all := text(r); !strings.Contains(all, tc.want) {
			t.Errorf("Name %q: missing %q in:\n%s", tc.name, tc.want, all)
		}
	}
}
