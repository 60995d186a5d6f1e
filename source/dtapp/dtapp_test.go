package dtapp

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secretvet/secretvet/finding"
)

const appConfigJSON = `{
  "environmentUrl": "https://abc12345.apps.dynatrace.com/",
  "app": {
    "id": "my.incident.notifier",
    "name": "notifier",
    "version": "0.1.0",
    "description": "d",
    "scopes": [
      { "name": "storage:logs:read", "comment": "read problem logs" },
      { "name": "settings:objects:write", "comment": "legacy" },
      { "name": "document:documents:write", "comment": "save reports" },
      { "name": "app-engine:apps:install", "comment": " " },
      { "name": "storage:buckets:read" }
    ]
  },
  "build": { "sourceMaps": "all" }
}
`

var projectFiles = map[string][]byte{
	"app.config.json": []byte(appConfigJSON),
	"api/notify.function.ts": []byte(`import { credentialVaultClient } from '@dynatrace-sdk/client-classic-environment-v2';
import { queryExecutionClient } from '@dynatrace-sdk/client-query';
export default async function () {
  const { token } = await credentialVaultClient.getCredentialsDetails({ id: 'CREDENTIALS_VAULT-0123456789ABCDEF' });
  const q = await queryExecutionClient.queryExecute({ body: { query: 'fetch logs' } });
  await credentialVaultClient.getCredentials();
}
`),
	"ui/app/Report.tsx":           []byte("export const save = () => documentsClient.createDocument({ body })\n"),
	"api/notify.function.test.ts": []byte("settingsObjectsClient.postSettingsObjects({})\n"),
	"lib/other.ts":                []byte("credentialVaultClient.removeCredentials({id})\n"),
}

type want struct {
	rule, path string
	line, col  int
	secret     string
}

func got(fs []finding.Finding) []want {
	var out []want
	for _, f := range fs {
		out = append(out, want{f.RuleID, f.Path, f.Line, f.Column, f.Secret})
	}
	return out
}

func TestCheck(t *testing.T) {
	fs, sk := Check("apps/notifier", projectFiles)
	if len(sk) != 0 {
		t.Fatalf("skipped %v", sk)
	}
	wantFs := []want{
		{RuleMissingScope, "apps/notifier/api/notify.function.ts", 4, 27, "environment-api:credentials:read"},
		{RuleUnusedPrivilegedScope, "apps/notifier/app.config.json", 10, 18, "settings:objects:write"},
		{RuleUnusedPrivilegedScope, "apps/notifier/app.config.json", 12, 18, "app-engine:apps:install"},
		{RuleScopeWithoutComment, "apps/notifier/app.config.json", 12, 18, "app-engine:apps:install"},
		{RuleScopeWithoutComment, "apps/notifier/app.config.json", 13, 18, "storage:buckets:read"},
		{RuleSourceMapsShipped, "apps/notifier/app.config.json", 16, 28, `"all"`},
	}
	g := got(fs)
	if len(g) != len(wantFs) {
		t.Fatalf("got %d findings, want %d:\n%+v", len(g), len(wantFs), g)
	}
	for i := range wantFs {
		if g[i] != wantFs[i] {
			t.Errorf("finding %d:\n got %+v\nwant %+v", i, g[i], wantFs[i])
		}
	}
	for _, f := range fs {
		if f.Fingerprint != finding.Fingerprint(f.RuleID, f.Secret) || f.Severity == "" || f.Remediation.Summary == "" {
			t.Errorf("%s: incomplete finding %+v", f.RuleID, f)
		}
		if f.Path == "apps/notifier/app.config.json" {
			line := f.LineText[f.SecretInLine[0]:f.SecretInLine[1]]
			if line != f.Secret {
				t.Errorf("%s: secret span %q in line %q, want %q", f.RuleID, line, f.LineText, f.Secret)
			}
		}
	}
	if !strings.Contains(fs[0].Remediation.Replacement, `"environment-api:credentials:read"`) {
		t.Errorf("missing-scope replacement %q", fs[0].Remediation.Replacement)
	}
}

func TestCheckTextConfig(t *testing.T) {
	cfg := `import type { CliOptions } from 'dt-app';
const config: CliOptions = {
  environmentUrl: 'https://abc12345.apps.dynatrace.com/',
  build: { sourceMaps: true },
  app: {
    id: 'my.ts.app',
    scopes: [
      { name: 'environment-api:credentials:read', comment: 'read the token' },
      { name: "settings:objects:write" },
    ],
  },
};
export default config;
`
	fs, _ := Check("", map[string][]byte{
		"app.config.ts":     []byte(cfg),
		"api/x.function.ts": []byte("await credentialVaultClient.getCredentialsDetails({id})\n"),
	})
	wantFs := []want{
		{RuleUnusedPrivilegedScope, "app.config.ts", 9, 16, "settings:objects:write"},
		{RuleScopeWithoutComment, "app.config.ts", 9, 16, "settings:objects:write"},
		{RuleSourceMapsShipped, "app.config.ts", 4, 24, "true"},
	}
	g := got(fs)
	if len(g) != len(wantFs) {
		t.Fatalf("got %+v", g)
	}
	for i := range wantFs {
		if g[i] != wantFs[i] {
			t.Errorf("finding %d:\n got %+v\nwant %+v", i, g[i], wantFs[i])
		}
	}
}

func TestCheckNoProject(t *testing.T) {
	if fs, sk := Check("", map[string][]byte{"app.config.json": []byte(`{"app": {"name": "x"}}`)}); len(fs)+len(sk) != 0 {
		t.Errorf("no app id: %v %v", fs, sk)
	}
	fs, sk := Check("p", map[string][]byte{"app.config.json": []byte(`{"app": {"id": "x",}}`)})
	if len(fs) != 0 || len(sk) != 1 || sk[0].Path != "p/app.config.json" || !strings.Contains(sk[0].Reason, "not valid JSON") {
		t.Errorf("invalid config: %v %v", fs, sk)
	}
}

func TestScopeFor(t *testing.T) {
	for _, c := range []struct{ client, method, scope string }{
		{"credentialVaultClient", "getCredentialsDetails", "environment-api:credentials:read"},
		{"credentialVaultClient", "createCredentials", "environment-api:credentials:write"},
		{"credentialVaultClient", "removeCredentials", "environment-api:credentials:write"},
		{"settingsObjectsClient", "putSettingsObjectByObjectId", "settings:objects:write"},
		{"settingsObjectsClient", "getSettingsObjects", "settings:objects:read"},
		{"documentsClient", "deleteDocument", "document:documents:delete"},
		{"workflowsClient", "runWorkflow", "automation:workflows:run"},
		{"queryExecutionClient", "queryCancel", storageRead},
	} {
		if got := sdkClients[c.client].scopeFor(c.method); got != c.scope {
			t.Errorf("%s.%s needs %q, want %q", c.client, c.method, got, c.scope)
		}
	}
	if !satisfies("storage:logs:read", storageRead) || satisfies("storage:logs:write", storageRead) {
		t.Error("storage wildcard")
	}
	if m := sdkCall.FindStringSubmatch("appSettingsObjectsClient.getAppSettingsObjects()"); m == nil || m[1] != "appSettingsObjectsClient" {
		t.Errorf("client name match %v", m)
	}
}

func TestReview(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, s string) {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for rel, data := range projectFiles {
		write("apps/notifier/"+rel, string(data))
	}
	write("apps/notifier/node_modules/dep/app.config.json", `{"app": {"id": "dep", "scopes": [{"name": "x:y:write"}]}}`)
	write("apps/notifier/dist/app.config.json", `{"app": {"id": "built", "scopes": [{"name": "x:y:write"}]}}`)
	write("excluded/app.config.json", `{"app": {"id": "ex", "scopes": [{"name": "x:y:write"}]}}`)
	root := filepath.ToSlash(dir)
	skip := func(p string) bool { return strings.Contains(p, "/excluded") }
	fs, sk := Review(context.Background(), []string{dir}, skip)
	if len(sk) != 0 {
		t.Errorf("skipped %v", sk)
	}
	if len(fs) != 6 {
		t.Fatalf("got %d findings: %+v", len(fs), got(fs))
	}
	for _, f := range fs {
		if !strings.HasPrefix(f.Path, root+"/apps/notifier/") {
			t.Errorf("finding outside the project: %s", f.Path)
		}
	}
}
