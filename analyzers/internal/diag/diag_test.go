package diag

import "testing"

func TestMessage(t *testing.T) {
	got := Message("dynatrace-api-token",
		"Dynatrace access token (dt0c01): a classic API token. The identifier is safe to log.",
		"dt0c01.ABC.********",
		"Read DT_API_TOKEN from the environment at run time.")
	want := "dynatrace-api-token: Dynatrace access token (dt0c01): a classic API token (dt0c01.ABC.********); read DT_API_TOKEN from the environment at run time."
	if got != want {
		t.Errorf("Message =\n%q\nwant\n%q", got, want)
	}
	if got := Message("r", "Desc", "", "API keys go elsewhere."); got != "r: Desc; API keys go elsewhere." {
		t.Errorf("acronym lowered: %q", got)
	}
}

func TestURL(t *testing.T) {
	if got := URL("go-url-password"); got != DocsBase+"go-vet.md#go-url-password" {
		t.Errorf("URL(go-url-password) = %q", got)
	}
	if got := URL("aws-access-token"); got != DocsBase+"rules.md" {
		t.Errorf("URL(aws-access-token) = %q", got)
	}
}
