package dtapp

import (
	"regexp"
	"strings"
)

// clientScopes are the scopes the calls of one SDK client need, by what the
// call does (see verbOf). A missing entry falls back to the write scope,
// then the read scope.
type clientScopes struct {
	read, write, delete, run string
}

// sdkClients maps the client objects of the common @dynatrace-sdk packages
// to their scopes, from the "Required scope" lines of each client's
// reference. queryExecutionClient needs the storage:<table>:read scope of
// the tables its DQL reads, which only the query says: any storage:…:read
// scope satisfies it. Keep this table small and sure: a wrong entry is a
// wrong finding.
var sdkClients = map[string]clientScopes{
	// @dynatrace-sdk/client-classic-environment-v2
	"credentialVaultClient":   {read: "environment-api:credentials:read", write: "environment-api:credentials:write"},
	"settingsObjectsClient":   {read: "settings:objects:read", write: "settings:objects:write"},
	"settingsSchemasClient":   {read: "settings:schemas:read"},
	"monitoredEntitiesClient": {read: "environment-api:entities:read", write: "environment-api:entities:write"},
	"problemsClient":          {read: "environment-api:problems:read", write: "environment-api:problems:write"},
	"metricsClient":           {read: "environment-api:metrics:read", write: "environment-api:metrics:write"},
	// @dynatrace-sdk/client-app-settings
	"appSettingsObjectsClient": {read: "app-settings:objects:read", write: "app-settings:objects:write"},
	// @dynatrace-sdk/client-document
	"documentsClient": {read: "document:documents:read", write: "document:documents:write", delete: "document:documents:delete"},
	// @dynatrace-sdk/client-query
	"queryExecutionClient": {read: storageRead},
	// @dynatrace-sdk/client-automation
	"workflowsClient":  {read: "automation:workflows:read", write: "automation:workflows:write", run: "automation:workflows:run"},
	"executionsClient": {read: "automation:workflows:read", write: "automation:workflows:write", run: "automation:workflows:run"},
}

// storageRead stands for any storage:<table>:read scope.
const storageRead = "storage:*:read"

// verb is what a call does.
type verb int

const (
	read verb = iota
	write
	remove
	run
)

// verbOf classifies an SDK method by its leading verb: getCredentialsDetails
// reads, postSettingsObjects writes, deleteDocument deletes, runWorkflow runs.
func verbOf(method string) verb {
	m := strings.ToLower(method)
	for _, p := range []struct {
		prefixes []string
		v        verb
	}{
		{[]string{"delete", "remove", "trash"}, remove},
		{[]string{"run", "execute", "trigger", "start", "cancel", "retry", "resume"}, run},
		{[]string{"create", "post", "put", "update", "patch", "set", "upsert", "add", "ingest", "move", "rename", "restore", "lock", "unlock", "copy", "share", "import", "reset"}, write},
	} {
		for _, pre := range p.prefixes {
			if strings.HasPrefix(m, pre) {
				return p.v
			}
		}
	}
	return read
}

// scopeFor is the scope a call of method on client needs.
func (c clientScopes) scopeFor(method string) string {
	pick := func(s ...string) string {
		for _, x := range s {
			if x != "" {
				return x
			}
		}
		return ""
	}
	switch verbOf(method) {
	case remove:
		return pick(c.delete, c.write, c.read)
	case run:
		return pick(c.run, c.write, c.read)
	case write:
		return pick(c.write, c.read)
	}
	return c.read
}

// satisfies tells whether declared scope d grants needed scope n.
func satisfies(d, n string) bool {
	if n == storageRead {
		return strings.HasPrefix(d, "storage:") && strings.HasSuffix(d, ":read")
	}
	return d == n
}

// privileged scopes change or install things: raised for review when no
// known call needs them.
func privileged(scope string) bool {
	return strings.HasSuffix(scope, ":write") || strings.HasSuffix(scope, ":delete") ||
		strings.HasSuffix(scope, ":admin") || scope == "app-engine:apps:install"
}

// sdkCall finds client.method( calls of the known clients.
var sdkCall = regexp.MustCompile(`\b(` + clientNames() + `)\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)\s*\(`)

func clientNames() string {
	var names []string
	for n := range sdkClients {
		names = append(names, n)
	}
	// longest first, so that appSettingsObjectsClient is not read as settingsObjectsClient
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			if len(names[j]) > len(names[i]) || len(names[j]) == len(names[i]) && names[j] < names[i] {
				names[i], names[j] = names[j], names[i]
			}
		}
	}
	return strings.Join(names, "|")
}
