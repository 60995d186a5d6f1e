package rules_test

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/secretvet/secretvet/rules"
	"github.com/secretvet/secretvet/rules/checksum"
)

// Every token in this file is built from a seeded generator or from parts:
// the project scans itself, so no token-shaped literal may sit here.

const (
	lowerAlnum = "abcdefghijklmnopqrstuvwxyz0123456789"
	upperAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	stdB64     = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	urlB64     = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	lowerB32   = "abcdefghijklmnopqrstuvwxyz234567"
	passChars  = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*-_~.="
)

func (g *tokenGen) low(n int) string   { return g.draw(lowerAlnum, n) }
func (g *tokenGen) up(n int) string    { return g.draw(upperAlnum, n) }
func (g *tokenGen) std64(n int) string { return g.draw(stdB64, n) }
func (g *tokenGen) url64(n int) string { return g.draw(urlB64, n) }
func (g *tokenGen) pass(n int) string  { return g.draw(passChars, n) }

func (g *tokenGen) bytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(g.r.Intn(256))
	}
	return b
}

func (g *tokenGen) guid() string {
	h := g.hex(32)
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// Checksummed and structured tokens.

func (g *tokenGen) github(prefix string) string {
	return prefix + checksum.AppendBase62CRC32(g.alnum(30))
}

func (g *tokenGen) npm() string { return "npm" + "_" + checksum.AppendBase62CRC32(g.alnum(30)) }

func (g *tokenGen) pypi() string {
	var sig [32]byte
	copy(sig[:], g.bytes(32))
	ident := []byte(`{"nonce": "` + g.hex(32) + `", "version": 1}`)
	cav := []byte(`{"permissions": {"projects": ["` + g.low(8) + `"]}, "version": 1}`)
	return checksum.NewPyPIToken("pypi.org", ident, [][]byte{cav}, sig)
}

func (g *tokenGen) discord() string {
	id := fmt.Sprintf("%d%017d", 1+g.r.Intn(9), g.r.Int63n(1e17))
	return base64.RawURLEncoding.EncodeToString([]byte(id)) + "." + g.url64(6) + "." + g.url64(38)
}

func (g *tokenGen) jwt(claims string) string {
	enc := base64.RawURLEncoding.EncodeToString
	return enc([]byte(`{"alg":"RS256","typ":"JWT"}`)) + "." + enc([]byte(claims)) + "." + enc(g.bytes(64))
}

func (g *tokenGen) pemBody() string {
	raw := base64.StdEncoding.EncodeToString(g.bytes(900))
	var lines []string
	for len(raw) > 64 {
		lines = append(lines, raw[:64])
		raw = raw[64:]
	}
	lines = append(lines, raw)
	return strings.Join(lines, `\n`)
}

var (
	pemBegin = "-----BEGIN " + "PRIVATE KEY-----"
	pemEnd   = "-----END " + "PRIVATE KEY-----"
)

// provCase is one rule's table: true positives in realistic places (the
// rule must report exactly the secret, and no other rule may report it
// again) and decoys (the rule, and every other secretvet rule, must stay
// quiet).
type provCase struct {
	rule  string
	tps   []provTP
	decoy []provDecoy
}

type provTP struct{ path, text, secret string }

type provDecoy struct {
	name, path, text string
	other            string // another rule that must report the decoy's token
}

func tp(path, format, secret string) provTP {
	return provTP{path: path, text: strings.ReplaceAll(format, "%s", secret), secret: secret}
}

func decoy(name, path, text string) provDecoy { return provDecoy{name: name, path: path, text: text} }

// decoyAllowing is a decoy for the rule under test that another rule (the
// one that owns the token) reports.
func decoyAllowing(other, name, path, text string) provDecoy {
	return provDecoy{name: name, path: path, text: text, other: other}
}

// moreProviderCases holds the tables of the rule files that keep their
// cases in a test file of their own (providers_<file>_test.go registers
// its function from init).
var moreProviderCases []func(g *tokenGen) []provCase

func providerCases(g *tokenGen) []provCase {
	var cs []provCase
	add := func(rule string, tps []provTP, decoys ...provDecoy) {
		cs = append(cs, provCase{rule: rule, tps: tps, decoy: decoys})
	}
	x := strings.Repeat

	// --- ai.toml
	add("groq-api-key", []provTP{
		tp("app.py", "client = Groq(api_key=\"%s\")\n", "gsk_"+g.alnum(52)),
		tp(".env", "GROQ_API_KEY=%s\n", "gsk_"+g.alnum(52)),
	}, decoy("X run", ".env.example", "GROQ_API_KEY=gsk_"+x("x", 52)+"\n"),
		decoy("one short", "app.py", "key = \"gsk_"+g.alnum(51)+"\"\n"),
		decoy("env reference", "app.py", "GROQ_API_KEY=${GROQ_API_KEY}\n"))
	add("replicate-api-token", []provTP{
		tp("run.sh", "export REPLICATE_API_TOKEN=%s\n", "r8_"+g.alnum(37)),
		tp("main.ts", "const replicate = new Replicate({ auth: '%s' });\n", "r8_"+g.alnum(37)),
	}, decoy("placeholder", "README.md", "export REPLICATE_API_TOKEN=r8_<your-token>\n"),
		decoy("too long", "data.txt", "r8_"+g.alnum(45)+"\n"))
	add("openrouter-api-key", []provTP{
		tp("config.yaml", "openrouter:\n  api_key: %s\n", "sk-or-v1-"+g.hex(64)),
		tp("client.js", "headers: { Authorization: `Bearer %s` }\n", "sk-or-v1-"+g.hex(64)),
	}, decoy("zeros", "docs.md", "sk-or-v1-"+x("0", 64)+"\n"),
		decoy("63 hex", "docs.md", "sk-or-v1-"+g.hex(63)+"\n"))
	add("xai-api-key", []provTP{
		tp(".env", "XAI_API_KEY=%s\n", "xai-"+g.alnum(80)),
		tp("grok.py", "client = OpenAI(api_key=\"%s\", base_url=\"https://api.x.ai/v1\")\n", "xai-"+g.alnum(80)),
	}, decoy("X run", ".env.sample", "XAI_API_KEY=xai-"+x("X", 80)+"\n"),
		decoy("word", "notes.md", "the xai-sdk package and xai-grok-cli\n"))
	{
		gl := "sk-proj-" + g.legacy(58) + "T3Blbk" + "FJ" + g.legacy(58)
		add("openai-project-api-key", []provTP{
			tp(".env", "OPENAI_API_KEY=%s\n", "sk-proj-"+g.legacy(156)),
			tp("main.py", "openai.api_key = \"%s\"\n", "sk-svcacct-"+g.legacy(120)),
		}, decoyAllowing("openai-api-key", "gitleaks' shape (reported by openai-api-key)", ".env", "OPENAI_API_KEY="+gl+"\n"),
			decoy("X run", ".env.example", "OPENAI_API_KEY=sk-proj-"+x("X", 100)+"\n"),
			decoy("ellipsis", "README.md", "OPENAI_API_KEY=sk-proj-...\n"))
	}
	add("langsmith-api-key", []provTP{
		tp(".env", "LANGSMITH_API_KEY=%s\n", "lsv2_pt_"+g.hex(32)+"_"+g.hex(10)),
		tp("agent.py", "os.environ[\"LANGCHAIN_API_KEY\"] = \"%s\"\n", "lsv2_sk_"+g.hex(32)+"_"+g.hex(10)),
	}, decoy("placeholder", ".env.example", "LANGSMITH_API_KEY=lsv2_pt_...\n"),
		decoy("upper hex", "x.txt", "lsv2_pt_"+strings.ToUpper(g.hex(32))+"_"+g.hex(10)+"\n"))
	add("pinecone-api-key", []provTP{
		tp("index.py", "pc = Pinecone(api_key=\"%s\")\n", "pcsk_"+g.alnum(6)+"_"+g.alnum(64)),
		tp(".env", "PINECONE_API_KEY=%s\n", "pcsk_"+g.alnum(5)+"_"+g.alnum(60)),
	}, decoy("placeholder", "README.md", "PINECONE_API_KEY=pcsk_your_api_key\n"),
		decoy("short", "x.md", "pcsk_"+g.alnum(6)+"_"+g.alnum(20)+"\n"))
	add("tavily-api-key", []provTP{
		tp(".env", "TAVILY_API_KEY=%s\n", "tvly-"+g.alnum(32)),
		tp("search.ts", "const tvly = tavily({ apiKey: \"%s\" });\n", "tvly-dev-"+g.alnum(32)),
	}, decoy("X run", ".env.example", "TAVILY_API_KEY=tvly-"+x("x", 32)+"\n"),
		decoy("placeholder", "README.md", "TAVILY_API_KEY=tvly-YOUR_API_KEY\n"))
	add("langfuse-secret-key", []provTP{
		tp(".env", "LANGFUSE_SECRET_KEY=%s\n", "sk-lf-"+g.guid()),
		tp("trace.py", "Langfuse(public_key=\"pk-lf-"+g.guid()+"\", secret_key=\"%s\")\n", "sk-lf-"+g.guid()),
	}, decoy("public key", ".env", "LANGFUSE_PUBLIC_KEY=pk-lf-"+g.guid()+"\n"),
		decoy("ellipsis", "README.md", "LANGFUSE_SECRET_KEY=sk-lf-...\n"))
	add("cerebras-api-key", []provTP{
		tp(".env", "CEREBRAS_API_KEY=%s\n", "csk-"+g.low(48)),
		tp("llm.py", "Cerebras(api_key='%s')\n", "csk-"+g.low(48)),
	}, decoy("X run", ".env.example", "CEREBRAS_API_KEY=csk-"+x("x", 48)+"\n"),
		decoy("upper case", "x.txt", "csk-"+g.up(48)+"\n"))
	add("nvidia-api-key", []provTP{
		tp(".env", "NVIDIA_API_KEY=%s\n", "nvapi-"+g.legacy(64)),
		tp("nim.sh", "curl -H \"Authorization: Bearer %s\" https://integrate.api.nvidia.com/v1/models\n", "nvapi-"+g.legacy(64)),
	}, decoy("placeholder", "README.md", "export NVIDIA_API_KEY=nvapi-<key>\n"),
		decoy("short", "x.txt", "nvapi-"+g.legacy(40)+"\n"))
	add("mistral-api-key", []provTP{
		tp(".env", "MISTRAL_API_KEY=%s\n", g.alnum(32)),
		tp("chat.py", "client = Mistral(api_key=\"%s\")\n", g.alnum(32)),
	}, decoy("env reference", "chat.py", "client = Mistral(api_key=os.environ[\"MISTRAL_API_KEY\"])\n"),
		decoy("model name", "chat.py", "model = \"mistral-large-latest\"\n"),
		decoy("no provider name", ".env", "LLM_API_KEY="+g.alnum(32)+"\n"))
	add("deepseek-api-key", []provTP{
		tp(".env", "DEEPSEEK_API_KEY=%s\n", "sk-"+g.hex(32)),
		tp("llm.yaml", "deepseek:\n  key: x\ndeepseek_key: \"%s\"\n", "sk-"+g.hex(32)),
	}, decoy("placeholder", ".env.example", "DEEPSEEK_API_KEY=sk-xxxxxxxx\n"),
		decoy("upper hex", ".env", "DEEPSEEK_API_KEY=sk-"+strings.ToUpper(g.hex(32))+"\n"))
	add("elevenlabs-api-key", []provTP{
		tp(".env", "ELEVENLABS_API_KEY=%s\n", "sk_"+g.hex(48)),
		tp("tts.sh", "curl -H \"xi-api-key: %s\" https://api.elevenlabs.io/v1/voices\n", g.hex(32)),
	}, decoy("env reference", "tts.sh", "curl -H \"xi-api-key: $ELEVENLABS_API_KEY\" https://api.elevenlabs.io/v1/voices\n"),
		decoy("voice id", "tts.py", "ELEVENLABS_VOICE = \"21m00Tcm4TlvDq8ikWAM\"\n"))
	add("assemblyai-api-key", []provTP{
		tp(".env", "ASSEMBLYAI_API_KEY=%s\n", g.hex(32)),
		tp("stt.py", "aai.settings.api_key = \"x\"\nassemblyai_key = \"%s\"\n", g.hex(32)),
	}, decoy("env reference", "stt.py", "assemblyai_key = os.getenv(\"ASSEMBLYAI_API_KEY\")\n"),
		decoy("31 hex", ".env", "ASSEMBLYAI_API_KEY="+g.hex(31)+"\n"))
	add("deepgram-api-key", []provTP{
		tp(".env", "DEEPGRAM_API_KEY=%s\n", g.hex(40)),
		tp("stt.js", "const config = { deepgramApiKey: \"%s\" };\n", g.hex(40)),
	}, decoy("env reference", "stt.js", "const deepgram = createClient(process.env.DEEPGRAM_API_KEY);\n"),
		decoy("zeros", ".env", "DEEPGRAM_API_KEY="+x("0", 40)+"\n"))
	add("wandb-api-key", []provTP{
		tp("train.sh", "export WANDB_API_KEY=%s\n", g.hex(40)),
		tp("train.py", "wandb.login(key=\"%s\")\n", g.hex(40)),
	}, decoy("run id", "train.py", "wandb.init(project=\"demo\", id=\"3f2a9c1b\")\n"),
		decoy("env reference", "train.sh", "wandb login $WANDB_API_KEY\n"))
	add("azure-openai-api-key", []provTP{
		tp(".env", "AZURE_OPENAI_API_KEY=%s\n", g.hex(32)),
		tp("app.py", "AzureOpenAI(api_key=\"x\")\nazure_openai_key = \"%s\"\n", g.alnum(84)),
	}, decoy("endpoint", ".env", "AZURE_OPENAI_ENDPOINT=https://demo.openai.azure.com/\n"),
		decoy("env reference", ".env", "AZURE_OPENAI_API_KEY=${AZURE_OPENAI_API_KEY}\n"))

	// --- observability.toml
	add("datadog-api-key", []provTP{
		tp("docker-compose.yml", "    environment:\n      - DD_API_KEY=%s\n", g.hex(32)),
		tp("datadog.tf", "provider \"datadog\" {\n  datadog_api_key = \"%s\"\n}\n", g.hex(32)),
	}, decoy("secret reference", "k8s.yaml", "        - name: DD_API_KEY\n          valueFrom: {secretKeyRef: {name: datadog, key: api-key}}\n"),
		decoy("X run", ".env.example", "DD_API_KEY="+x("x", 32)+"\n"),
		decoy("site", ".env", "DD_SITE=datadoghq.eu\n"))
	add("datadog-app-key", []provTP{
		tp(".env", "DD_APP_KEY=%s\n", g.hex(40)),
		tp("monitors.py", "options = {\"dd_application_key\": \"%s\"}\n", g.hex(40)),
	}, decoy("env reference", ".env", "DD_APP_KEY=$DD_APP_KEY\n"),
		decoy("32 hex", ".env", "DD_APP_KEY="+g.hex(32)+"\n"))
	add("new-relic-license-key", []provTP{
		tp("newrelic.yml", "common: &default_settings\n  license_key: '%s'\n", g.hex(36)+"NRAL"),
		tp(".env", "NEW_RELIC_LICENSE_KEY=%s\n", "eu01xx"+g.hex(30)+"NRAL"),
	}, decoy("word", "README.md", "This is general: the neural net NRAL-based\n"),
		decoy("X run", "newrelic.yml", "  license_key: '"+x("x", 36)+"NRAL'\n"))
	add("new-relic-insights-query-key", []provTP{
		tp("query.sh", "curl -H \"X-Query-Key: %s\" https://insights-api.newrelic.com/v1/accounts/1/query\n", "NRIQ-"+g.legacy(32)),
		tp(".env", "NR_QUERY_KEY=%s\n", "NRIQ-"+g.alnum(32)),
	}, decoy("placeholder", "README.md", "X-Query-Key: NRIQ-YOUR_KEY\n"),
		decoy("X run", ".env.example", "NR_QUERY_KEY=NRIQ-"+x("X", 32)+"\n"))
	add("new-relic-admin-api-key", []provTP{
		tp(".env", "NEW_RELIC_ADMIN_KEY=%s\n", "NRAA-"+g.hex(27)),
		tp("deploy.sh", "curl -X POST -H 'X-Api-Key:%s' https://api.newrelic.com/v2/applications/1/deployments.json\n", "NRAA-"+g.hex(27)),
	}, decoy("placeholder", "README.md", "X-Api-Key: NRAA-xxxxxxxx\n"),
		decoy("zeros", ".env", "NEW_RELIC_ADMIN_KEY=NRAA-"+x("0", 27)+"\n"))
	add("honeycomb-ingest-key", []provTP{
		tp("otel.yaml", "exporters:\n  otlp:\n    headers:\n      x-honeycomb-team: %s\n", "hcaik_"+g.low(58)),
		tp(".env", "HONEYCOMB_API_KEY=%s\n", "hcxik_"+g.low(58)),
	}, decoy("placeholder", "otel.yaml", "      x-honeycomb-team: hcaik_<your-key>\n"),
		decoy("short", "x.txt", "hcaik_"+g.low(20)+"\n"))
	add("honeycomb-api-key", []provTP{
		tp("otel.yaml", "      x-honeycomb-team: %s\n", g.alnum(22)),
		tp(".env", "HONEYCOMB_WRITEKEY=%s\n", g.hex(32)),
	}, decoy("dataset", ".env", "HONEYCOMB_DATASET=production-traces\n"),
		decoy("env reference", "otel.yaml", "      x-honeycomb-team: ${HONEYCOMB_API_KEY}\n"))
	add("splunk-hec-token", []provTP{
		tp("send.sh", "curl -k https://splunk:8088/services/collector -H \"Authorization: Splunk %s\" -d '{}'\n", g.guid()),
		tp("fluent.conf", "  splunk_hec_token %s\n", g.guid()),
	}, decoy("zero guid", "fluent.conf", "  splunk_hec_token 00000000-0000-0000-0000-000000000000\n"),
		decoy("env reference", "send.sh", "-H \"Authorization: Splunk $SPLUNK_HEC_TOKEN\"\n"))
	add("elastic-api-key", []provTP{
		tp("search.sh", "curl -H \"Authorization: ApiKey %s\" https://es.example.net:9200/_search\n", base64.StdEncoding.EncodeToString([]byte(g.alnum(20)+":"+g.legacy(22)))),
		tp(".env", "ELASTIC_API_KEY=%s\n", g.url64(60)),
	}, decoy("env reference", "search.sh", "curl -H \"Authorization: ApiKey ${ES_API_KEY}\" https://es:9200\n"),
		decoy("index name", ".env", "ELASTIC_API_KEY_INDEX=logs\n"))
	add("rollbar-access-token", []provTP{
		tp("config.rb", "Rollbar.configure { |c| c.access_token = 'x' }\nROLLBAR_ACCESS_TOKEN = '%s'\n", g.hex(32)),
		tp(".env", "ROLLBAR_TOKEN=%s\n", g.hex(32)),
	}, decoy("env name", "config.rb", "c.access_token = ENV['ROLLBAR_ACCESS_TOKEN']\n"),
		decoy("X run", ".env.example", "ROLLBAR_TOKEN="+x("x", 32)+"\n"))
	add("bugsnag-api-key", []provTP{
		tp("app.js", "Bugsnag.start({ apiKey: 'x' })\nconst bugsnagKey = '%s'\n", g.hex(32)),
		tp(".env", "BUGSNAG_API_KEY=%s\n", g.hex(32)),
	}, decoy("env reference", ".env", "BUGSNAG_API_KEY=${BUGSNAG_API_KEY}\n"),
		decoy("short", ".env", "BUGSNAG_API_KEY="+g.hex(16)+"\n"))
	add("pagerduty-api-key", []provTP{
		tp(".env", "PAGERDUTY_TOKEN=%s\n", "u+"+g.legacy(18)),
		tp("alert.py", "pagerduty_routing_key = \"%s\"\n", g.hex(32)),
	}, decoy("service id", "alert.py", "pagerduty_service = \"PABCDEF\"\n"),
		decoy("env reference", ".env", "PAGERDUTY_TOKEN=$PD_TOKEN\n"))
	add("opsgenie-api-key", []provTP{
		tp("alert.sh", "curl -H \"Authorization: GenieKey %s\" https://api.opsgenie.com/v2/alerts\n", g.guid()),
		tp(".env", "OPSGENIE_API_KEY=%s\n", g.guid()),
	}, decoy("env reference", "alert.sh", "-H \"Authorization: GenieKey $OPSGENIE_KEY\"\n"),
		decoy("zero guid", ".env", "OPSGENIE_API_KEY=00000000-0000-0000-0000-000000000000\n"))
	add("posthog-personal-api-key", []provTP{
		tp(".env", "POSTHOG_PERSONAL_API_KEY=%s\n", "phx_"+g.alnum(43)),
		tp("flags.py", "Posthog(project_api_key='phc_x', personal_api_key='%s')\n", "phx_"+g.alnum(43)),
	}, decoy("project key", ".env", "POSTHOG_KEY=phc_"+g.alnum(43)+"\n"),
		decoy("placeholder", "README.md", "POSTHOG_PERSONAL_API_KEY=phx_...\n"))
	add("axiom-api-token", []provTP{
		tp(".env", "AXIOM_TOKEN=%s\n", "xaat-"+g.guid()),
		tp("vector.toml", "[sinks.axiom]\ntoken = \"%s\"\n", "xapt-"+g.guid()),
	}, decoy("placeholder", "README.md", "AXIOM_TOKEN=xaat-your-token\n"),
		decoy("other prefix", ".env", "ID=xbat-"+g.guid()+"\n"))

	// --- cloud.toml
	add("aws-secret-access-key", []provTP{
		tp("credentials", "[default]\naws_access_key_id = AKIA"+g.up(16)+"\naws_secret_access_key = %s\n", g.std64(40)),
		tp("s3.ts", "new S3Client({ credentials: { accessKeyId: 'x', secretAccessKey: '%s' } })\n", g.std64(40)),
	}, decoy("AWS docs example", "README.md", "aws_secret_access_key = wJalrXUt"+"nFEMI/K7MDENG/bPxRfiCY"+"EXAMPLEKEY\n"),
		decoy("env reference", "ci.yml", "AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n"),
		decoy("41 characters", "credentials", "aws_secret_access_key = "+g.std64(41)+"\n"))
	add("aws-session-token", []provTP{
		tp("credentials", "aws_session_token = %s\n", "IQoJb3JpZ2luX2Vj"+g.std64(300)),
		tp("sig.http", "X-Amz-Security-Token: %s\n", "FwoGZXIvYXdzE"+g.std64(200)),
	}, decoy("env reference", "run.sh", "export AWS_SESSION_TOKEN=$(jq -r .Token creds.json)\n"),
		decoy("short", "credentials", "aws_session_token = "+g.std64(40)+"\n"))
	{
		key := func() string { return base64.StdEncoding.EncodeToString(g.bytes(64)) }
		azurite := "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/" + "KBHBeksoGMGw=="
		add("azure-storage-account-key", []provTP{
			tp("appsettings.json", "\"Storage\": \"DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=%s;EndpointSuffix=core.windows.net\"\n", key()),
			tp(".env", "COSMOS_CONNECTION=AccountEndpoint=https://demo.documents.azure.com:443/;AccountKey=%s;\n", key()),
		}, decoy("Azurite development key", "local.settings.json", "\"AzureWebJobsStorage\": \"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey="+azurite+";\"\n"),
			decoy("not 64 bytes", "appsettings.json", "AccountKey="+g.std64(84)+"A==;\n"),
			decoy("placeholder", "README.md", "AccountKey=<storage-account-key>;\n"))
	}
	add("azure-shared-access-key", []provTP{
		tp("appsettings.json", "\"ServiceBus\": \"Endpoint=sb://demo.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s\"\n", base64.StdEncoding.EncodeToString(g.bytes(32))),
		tp(".env", "EVENTHUB=Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=%s;EntityPath=events\n", base64.StdEncoding.EncodeToString(g.bytes(32))),
	}, decoy("key name only", ".env", "SharedAccessKeyName=RootManageSharedAccessKey\n"),
		decoy("placeholder", "README.md", "SharedAccessKey=<key>\n"))
	{
		sig := func() string { return url.QueryEscape(base64.StdEncoding.EncodeToString(g.bytes(32))) }
		add("azure-sas-token", []provTP{
			tp("upload.sh", "curl -X PUT -T f.zip \"https://demo.blob.core.windows.net/c/f.zip?sv=2022-11-02&ss=b&srt=o&sp=rwdlac&se=2026-12-31T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=%s\"\n", sig()),
			tp("appsettings.json", "\"Blob\": \"BlobEndpoint=https://demo.blob.core.windows.net/;SharedAccessSignature=sv=2021-06-08&ss=b&srt=sco&sp=rl&se=2027-01-01&sig=%s\"\n", sig()),
		}, decoy("sig placeholder", "README.md", "https://demo.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=<signature>\n"),
			decoy("other sig= parameter", "api.md", "https://example.net/verify?v=2&sig="+g.hex(40)+"\n"))
	}
	{
		body := g.pemBody()
		key := pemBegin + `\n` + body + `\n` + pemEnd + `\n`
		key2 := pemBegin + `\n` + g.pemBody() + `\n` + pemEnd + `\n`
		add("gcp-service-account-key", []provTP{
			tp("sa.json", "{\n  \"type\": \"service_account\",\n  \"project_id\": \"demo-123\",\n  \"private_key_id\": \""+g.hex(40)+"\",\n  \"private_key\": \"%s\",\n  \"client_email\": \"ci@demo-123.iam.gserviceaccount.com\"\n}\n", key),
			tp(".env", "GOOGLE_CREDENTIALS={\"type\":\"service_account\",\"private_key\":\"%s\",\"client_id\":\"1\"}\n", key2),
		}, decoy("empty private key", "sa.json", "{\"type\": \"service_account\", \"private_key\": \"\"}\n"),
			decoy("placeholder", "README.md", "\"private_key\": \""+pemBegin+`\n...\n`+pemEnd+`\n`+"\"\n"))
	}
	add("gcp-oauth-client-secret", []provTP{
		tp("client_secret.json", "{\"web\":{\"client_id\":\"1-x.apps.googleusercontent.com\",\"client_secret\":\"%s\"}}\n", "GOCSPX-"+g.legacy(28)),
		tp(".env", "GOOGLE_CLIENT_SECRET=%s\n", "GOCSPX-"+g.legacy(28)),
	}, decoy("placeholder", ".env.example", "GOOGLE_CLIENT_SECRET=GOCSPX-xxxxxxxxxxxx\n"),
		decoy("short", "x.txt", "GOCSPX-"+g.legacy(20)+"\n"))
	add("google-oauth-refresh-token", []provTP{
		tp("token.json", "{\"refresh_token\": \"%s\", \"token_uri\": \"https://oauth2.googleapis.com/token\"}\n", "1//0"+g.legacy(100)),
		tp(".env", "GOOGLE_REFRESH_TOKEN=%s\n", "1//0"+g.legacy(90)),
	}, decoy("path", "notes.md", "see file:///1//0/a and 1//0abc\n"),
		decoy("URL path", "x.md", "http://example.net/1//0"+g.legacy(60)+"\n"))
	add("google-oauth-access-token", []provTP{
		tp("call.sh", "curl -H \"Authorization: Bearer %s\" https://www.googleapis.com/drive/v3/files\n", "ya29."+g.legacy(180)),
		tp("token.json", "{\"access_token\": \"%s\", \"expires_in\": 3599}\n", "ya29.a0"+g.legacy(200)),
	}, decoy("ellipsis", "README.md", "Authorization: Bearer ya29.xxx\n"),
		decoy("X run", "docs.md", "ya29."+x("x", 60)+"\n"))
	add("firebase-cloud-messaging-server-key", []provTP{
		tp("push.js", "headers: { Authorization: 'key=%s' }\n", "AAAA"+g.legacy(7)+":APA91b"+g.legacy(134)),
		tp(".env", "FCM_SERVER_KEY=%s\n", "AAAA"+g.legacy(7)+":APA91b"+g.legacy(134)),
	}, decoy("device token", "push.js", "const token = 'fcm:APA91b"+g.legacy(20)+"'\n"),
		decoy("placeholder", "README.md", "FCM_SERVER_KEY=AAAA...:APA91b...\n"))
	add("ibm-cloud-api-key", []provTP{
		tp(".env", "IBMCLOUD_API_KEY=%s\n", g.legacy(44)),
		tp("provider.tf", "provider \"ibm\" {\n  ic_api_key = \"%s\"\n}\n", g.legacy(44)),
	}, decoy("env reference", "provider.tf", "  ic_api_key = var.ibmcloud_api_key\n"),
		decoy("region", ".env", "IBMCLOUD_REGION=eu-de\n"))
	add("linode-api-token", []provTP{
		tp("provider.tf", "provider \"linode\" {\n  token = \"x\"\n}\nlinode_token = \"%s\"\n", g.hex(64)),
		tp(".env", "LINODE_TOKEN=%s\n", g.hex(64)),
	}, decoy("env reference", ".env", "LINODE_TOKEN=${LINODE_TOKEN}\n"),
		decoy("zeros", ".env", "LINODE_TOKEN="+x("0", 64)+"\n"))
	add("hetzner-cloud-api-token", []provTP{
		tp(".env", "HCLOUD_TOKEN=%s\n", g.alnum(64)),
		tp("hetzner.tf", "hetzner_token = \"%s\"\n", g.alnum(64)),
	}, decoy("X run", ".env.example", "HCLOUD_TOKEN="+x("X", 64)+"\n"),
		decoy("server type", ".env", "HCLOUD_SERVER_TYPE=cx22\n"))
	add("vercel-api-token", []provTP{
		tp(".github/workflows/deploy.yml", "    env:\n      VERCEL_TOKEN: %s\n", g.alnum(24)),
		tp(".env", "VERCEL_TOKEN=%s\n", g.alnum(24)),
	}, decoy("secret reference", ".github/workflows/deploy.yml", "      - run: vercel deploy --token ${{ secrets.VERCEL_TOKEN }}\n"),
		decoy("project id", ".env", "VERCEL_PROJECT_ID=prj_"+g.alnum(28)+"\n"))
	add("netlify-personal-access-token", []provTP{
		tp(".env", "NETLIFY_AUTH_TOKEN=%s\n", "nfp_"+g.alnum(36)),
		tp("deploy.sh", "netlify deploy --auth %s --prod\n", "nfp_"+g.alnum(36)),
	}, decoy("X run", ".env.example", "NETLIFY_AUTH_TOKEN=nfp_"+x("x", 36)+"\n"),
		decoy("short", ".env", "NETLIFY_AUTH_TOKEN=nfp_"+g.alnum(20)+"\n"))
	add("supabase-access-token", []provTP{
		tp(".env", "SUPABASE_ACCESS_TOKEN=%s\n", "sbp_"+g.hex(40)),
		tp("ci.sh", "supabase login --token %s\n", "sbp_"+g.hex(40)),
	}, decoy("X run", ".env.example", "SUPABASE_ACCESS_TOKEN=sbp_"+x("x", 40)+"\n"),
		decoy("upper", ".env", "SUPABASE_ACCESS_TOKEN=sbp_"+strings.ToUpper(g.hex(40))+"\n"))
	add("supabase-secret-key", []provTP{
		tp(".env", "SUPABASE_SECRET_KEY=%s\n", "sb_secret_"+g.legacy(31)),
		tp("server.ts", "createClient(url, '%s')\n", "sb_secret_"+g.legacy(40)),
	}, decoy("publishable key", ".env", "SUPABASE_KEY=sb_publishable_"+g.legacy(31)+"\n"),
		decoy("placeholder", "README.md", "SUPABASE_SECRET_KEY=sb_secret_...\n"))
	add("neon-api-key", []provTP{
		tp(".env", "NEON_API_KEY=%s\n", "napi_"+g.low(64)),
		tp("neon.sh", "curl -H \"Authorization: Bearer %s\" https://console.neon.tech/api/v2/projects\n", "napi_"+g.low(64)),
	}, decoy("N-API call", "addon.c", "napi_status status = napi_create_function(env, NULL, 0, Method, NULL, &fn);\n"),
		decoy("X run", ".env.example", "NEON_API_KEY=napi_"+x("x", 64)+"\n"))
	add("render-api-key", []provTP{
		tp(".env", "RENDER_API_KEY=%s\n", "rnd_"+g.alnum(32)),
		tp("deploy.sh", "curl -H \"Authorization: Bearer %s\" https://api.render.com/v1/services\n", "rnd_"+g.alnum(32)),
	}, decoy("identifier", "rand.c", "static int rnd_seed_initialised_value_x = 0;\n"),
		decoy("X run", ".env.example", "RENDER_API_KEY=rnd_"+x("x", 32)+"\n"))
	add("scaleway-secret-key", []provTP{
		tp(".env", "SCW_SECRET_KEY=%s\n", g.guid()),
		tp("provider.tf", "provider \"scaleway\" {\n  access_key = \"SCW"+g.up(17)+"\"\n}\nscaleway_secret = \"%s\"\n", g.guid()),
	}, decoy("project id", ".env", "SCW_DEFAULT_PROJECT_ID="+g.guid()+"\n"),
		decoy("env reference", ".env", "SCW_SECRET_KEY=${SCW_SECRET_KEY}\n"))
	add("tailscale-api-key", []provTP{
		tp(".env", "TS_AUTHKEY=%s\n", "tskey-auth-"+g.alnum(12)+"CNTRL-"+g.alnum(33)),
		tp("api.sh", "curl -u \"%s:\" https://api.tailscale.com/api/v2/tailnet/-/devices\n", "tskey-api-"+g.alnum(12)+"CNTRL-"+g.alnum(33)),
	}, decoy("placeholder", "README.md", "TS_AUTHKEY=tskey-auth-XXXXXX\n"),
		decoy("ellipsis", "README.md", "tailscale up --authkey tskey-...\n"))
	add("cloudinary-url", []provTP{
		tp(".env", "CLOUDINARY_URL=cloudinary://"+fmt.Sprint(100000000000000+g.r.Int63n(8e14))+":%s@democloud\n", g.legacy(27)),
		tp("settings.py", "CLOUDINARY_URL = 'cloudinary://"+fmt.Sprint(100000000000000+g.r.Int63n(8e14))+":%s@demo-cloud'\n", g.legacy(27)),
	}, decoy("placeholder", "README.md", "CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>\n"),
		decoy("no secret", ".env", "CLOUDINARY_URL=cloudinary://democloud\n"))
	add("mapbox-secret-token", []provTP{
		tp(".env", "MAPBOX_DOWNLOADS_TOKEN=%s\n", "sk.eyJ"+g.url64(70)+"."+g.url64(22)),
		tp("gradle.properties", "MAPBOX_SECRET=%s\n", "sk.eyJ"+g.url64(60)+"."+g.url64(22)),
	}, decoy("public token", "map.js", "mapboxgl.accessToken = 'pk.eyJ"+g.url64(60)+"."+g.url64(22)+"';\n"),
		decoy("placeholder", "README.md", "MAPBOX_DOWNLOADS_TOKEN=sk.eyJ...\n"))

	// --- vcs.toml (GitHub tokens carry a CRC32: generated ones are valid)
	add("github-pat", []provTP{
		tp(".env", "GH_TOKEN=%s\n", g.github("ghp_")),
		tp(".git/config", "\turl = https://x-access-token:%s@github.com/org/repo.git\n", g.github("ghp_")),
	}, decoy("checksum fails", "docs/auth.md", "export GITHUB_TOKEN=ghp_"+g.alnum(36)+"\n"),
		decoy("one character changed", "README.md", "token: "+mutateLast(g.github("ghp_"))+"\n"),
		decoy("X run", ".env.example", "GH_TOKEN=ghp_"+x("x", 36)+"\n"))
	add("github-oauth", []provTP{
		tp("token.json", "{\"access_token\": \"%s\", \"token_type\": \"bearer\"}\n", g.github("gho_")),
		tp("hosts.yml", "github.com:\n    oauth_token: %s\n", g.github("gho_")),
	}, decoy("checksum fails", "hosts.yml", "    oauth_token: gho_"+g.alnum(36)+"\n"),
		decoy("docs sample", "api.md", "\"token\": \"gho_16C7e42F292c6912E7710c838347Ae178B4a\"\n"))
	add("github-app-token", []provTP{
		tp("ci.log", "Using token %s\n", g.github("ghs_")),
		tp("app.ts", "const octokit = new Octokit({ auth: \"%s\" });\n", g.github("ghu_")),
	}, decoy("checksum fails", "ci.log", "GITHUB_TOKEN=ghs_"+g.alnum(36)+"\n"),
		decoy("one character changed", "app.ts", "auth: \""+mutateLast(g.github("ghu_"))+"\"\n"))
	add("github-refresh-token", []provTP{
		tp("token.json", "{\"refresh_token\": \"%s\"}\n", g.github("ghr_")),
		tp(".env", "GH_REFRESH=%s\n", g.github("ghr_")),
	}, decoy("checksum fails", "token.json", "{\"refresh_token\": \"ghr_"+g.alnum(36)+"\"}\n"),
		decoy("one character changed", ".env", "GH_REFRESH="+mutateLast(g.github("ghr_"))+"\n"))
	{
		jwt := g.jwt(`{"iss":"github","app_id":123456,"installation_id":98765432,"exp":1777777777}`)
		add("github-app-installation-token", []provTP{
			tp("ci.log", "GITHUB_TOKEN=%s\n", "ghs_123456_"+jwt),
			tp("hook.json", "{\"token\": \"%s\"}\n", "ghs_98765_"+g.jwt(`{"iss":"github","installation_id":1}`)),
		}, decoy("JWT with a broken header", "ci.log", "GITHUB_TOKEN=ghs_"+"123456_eyJ"+g.url64(40)+".eyJ"+g.url64(60)+"."+g.url64(40)+"\n"),
			decoy("no app id", "ci.log", "GITHUB_TOKEN=ghs__"+jwt+"\n"))
	}
	add("bitbucket-app-password", []provTP{
		tp(".env", "BITBUCKET_APP_PASSWORD=%s\n", "ATBB"+g.alnum(28)+strings.ToUpper(g.hex(8))),
		tp("clone.sh", "git clone https://user:%s@bitbucket.org/team/repo.git\n", "ATBB"+g.alnum(28)+strings.ToUpper(g.hex(8))),
	}, decoy("X run", ".env.example", "BITBUCKET_APP_PASSWORD=ATBB"+x("X", 32)+"\n"),
		decoy("short", ".env", "BITBUCKET_APP_PASSWORD=ATBB"+g.alnum(10)+"\n"))
	add("gitea-access-token", []provTP{
		tp(".env", "GITEA_TOKEN=%s\n", g.hex(40)),
		tp("runner.yaml", "forgejo_token: '%s'\n", g.hex(40)),
	}, decoy("commit sha", "ci.yml", "gitea_ref: refs/heads/main\n"),
		decoy("env reference", ".env", "GITEA_TOKEN=${GITEA_TOKEN}\n"))
	add("azure-devops-pat", []provTP{
		tp(".env", "AZURE_DEVOPS_EXT_PAT=%s\n", g.draw(lowerB32, 52)),
		tp("pipeline.sh", "export AZDO_PERSONAL_ACCESS_TOKEN=%s\n", g.draw(lowerB32, 52)),
	}, decoy("org url", ".env", "AZURE_DEVOPS_ORG_URL=https://dev.azure.com/demo\n"),
		decoy("secret reference", "azure-pipelines.yml", "  AZURE_DEVOPS_EXT_PAT: $(System.AccessToken)\n"))
	add("azure-devops-pat-v2", []provTP{
		tp(".env", "ADO_TOKEN=%s\n", g.alnum(52)+"JQQJ99"+g.up(4)+g.alnum(14)+"AZDO"+g.alnum(4)),
		tp("login.sh", "echo %s | az devops login --organization https://dev.azure.com/demo\n", g.alnum(76)+"AZDO"+g.alnum(4)),
	}, decoy("word", "README.md", "Use the AZDO provider for Terraform\n"),
		decoy("short", ".env", "ADO_TOKEN="+g.alnum(40)+"AZDO"+g.alnum(4)+"\n"))

	// --- registries.toml
	add("npm-access-token", []provTP{
		tp(".npmrc", "//registry.npmjs.org/:_authToken=%s\n", g.npm()),
		tp(".github/workflows/publish.yml", "      NODE_AUTH_TOKEN: %s\n", g.npm()),
	}, decoy("checksum fails", ".npmrc", "//registry.npmjs.org/:_authToken=npm_"+g.alnum(36)+"\n"),
		decoy("one character changed", ".npmrc", "//registry.npmjs.org/:_authToken="+mutateLast(g.npm())+"\n"))
	add("pypi-upload-token", []provTP{
		tp(".pypirc", "[pypi]\nusername = __token__\npassword = %s\n", g.pypi()),
		tp("publish.sh", "twine upload -u __token__ -p %s dist/*\n", g.pypi()),
	}, decoy("documentation filler", ".pypirc", "password = pypi-AgEI"+"cHlwaS5vcmc"+g.legacy(80)+"\n"),
		decoy("truncated", ".pypirc", "password = "+g.pypi()[:120]+"\n"))
	add("docker-hub-access-token", []provTP{
		tp(".env", "DOCKERHUB_TOKEN=%s\n", "dckr_pat_"+g.legacy(27)),
		tp("login.sh", "echo %s | docker login -u demo --password-stdin\n", "dckr_oat_"+g.legacy(32)),
	}, decoy("placeholder", "README.md", "DOCKERHUB_TOKEN=dckr_pat_xxx\n"),
		decoy("X run", ".env.example", "DOCKERHUB_TOKEN=dckr_pat_"+x("X", 27)+"\n"))
	add("docker-config-auth", []provTP{
		tp("config.json", "{\n  \"auths\": {\n    \"https://index.docker.io/v1/\": {\n      \"auth\": \"%s\"\n    }\n  }\n}\n", base64.StdEncoding.EncodeToString([]byte("demo:"+g.legacy(24)))),
		tp("dockerconfig.json", "{\"auths\":{\"ghcr.io\":{\"auth\":\"%s\"}}}\n", base64.StdEncoding.EncodeToString([]byte("bot:"+g.alnum(30)))),
	}, decoy("credential helper", "config.json", "{\"auths\": {\"ghcr.io\": {}}, \"credsStore\": \"desktop\"}\n"),
		decoy("not user:password", "config.json", "{\"auths\":{\"x\":{\"auth\":\""+base64.StdEncoding.EncodeToString([]byte(g.alnum(30)))+"\"}}}\n"))
	add("nuget-api-key", []provTP{
		tp("publish.ps1", "dotnet nuget push pkg.nupkg --api-key %s --source https://api.nuget.org/v3/index.json\n", "oy2"+g.low(43)),
		tp(".env", "NUGET_API_KEY=%s\n", "oy2"+g.low(43)),
	}, decoy("placeholder", "README.md", "--api-key oy2xxxxxxxx\n"),
		decoy("upper case", ".env", "NUGET_API_KEY=oy2"+g.up(43)+"\n"))
	add("crates-io-api-token", []provTP{
		tp("credentials.toml", "[registry]\ntoken = \"%s\"\n", "cio"+g.alnum(32)),
		tp("publish.sh", "cargo publish --token %s\n", "cio"+g.alnum(32)),
	}, decoy("word", "README.md", "Official precious social ciao specious\n"),
		decoy("X run", "credentials.toml", "token = \"cio"+x("x", 32)+"\"\n"))
	add("npmrc-auth-token", []provTP{
		tp(".npmrc", "//npm.pkg.example.net/:_authToken=%s\n", g.guid()),
		tp(".npmrc", "@corp:registry=https://artifactory.example.net/api/npm/npm/\n//artifactory.example.net/api/npm/npm/:_authToken=%s\n", g.legacy(64)),
	}, decoy("env reference", ".npmrc", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n"),
		decoyAllowing("npm-access-token", "npm_ token (reported by npm-access-token)", ".npmrc", "//registry.npmjs.org/:_authToken="+g.npm()+"\n"))
	add("maven-settings-password", []provTP{
		tp("settings.xml", "<servers>\n  <server>\n    <id>releases</id>\n    <username>deploy</username>\n    <password>%s</password>\n  </server>\n</servers>\n", g.pass(16)),
		tp(".mvn/settings.xml", "<server><id>nexus</id><password>%s</password></server>\n", g.pass(20)),
	}, decoy("env reference", "settings.xml", "<server>\n  <id>releases</id>\n  <username>${env.USER}</username>\n  <password>${env.REPO_PASSWORD}</password>\n</server>\n"),
		decoy("encrypted", "settings.xml", "<server><id>x</id><password>{COQLCE6DU6GtcS5P=}</password></server>\n"))
	add("gradle-plugin-portal-secret", []provTP{
		tp("gradle.properties", "gradle.publish.key=%s\ngradle.publish.secret=x\n", g.alnum(32)),
		tp("gradle.properties", "gradle.publish.secret = %s\n", g.alnum(32)),
	}, decoy("env reference", "gradle.properties", "gradle.publish.secret=${GRADLE_PUBLISH_SECRET}\n"),
		decoy("short", "gradle.properties", "gradle.publish.key=abc123\n"))

	// --- messaging.toml
	add("discord-bot-token", []provTP{
		tp("bot.py", "client.run(\"x\")\nDISCORD_TOKEN = \"%s\"\n", g.discord()),
		tp("api.sh", "curl -H \"Authorization: Bot %s\" https://discord.com/api/v10/users/@me\n", g.discord()),
	}, decoy("non-numeric id", "bot.py", "DISCORD_TOKEN = \""+base64.RawURLEncoding.EncodeToString([]byte(g.alnum(18)))+"."+g.url64(6)+"."+g.url64(38)+"\"\n"),
		decoy("placeholder", "README.md", "DISCORD_TOKEN=your-bot-token\n"))
	add("discord-webhook-url", []provTP{
		tp("notify.sh", "curl -X POST -d '{}' %s\n", fmt.Sprintf("https://discord.com/api/webhooks/%d/%s", 100000000000000000+g.r.Int63n(8e17), g.url64(68))),
		tp(".env", "DISCORD_WEBHOOK=%s\n", fmt.Sprintf("https://discordapp.com/api/webhooks/%d/%s", 100000000000000000+g.r.Int63n(8e17), g.url64(68))),
	}, decoy("placeholder", "README.md", "DISCORD_WEBHOOK=https://discord.com/api/webhooks/<id>/<token>\n"),
		decoy("docs path", "docs.md", "POST https://discord.com/api/webhooks/{webhook.id}/{webhook.token}\n"))
	add("google-chat-webhook-url", []provTP{
		tp("notify.sh", "curl -X POST '%s' -d '{}'\n", "https://chat.googleapis.com/v1/spaces/"+g.legacy(11)+"/messages?key="+g.legacy(39)+"&token="+g.legacy(43)+"%3D"),
		tp(".env", "GCHAT_WEBHOOK=%s\n", "https://chat.googleapis.com/v1/spaces/"+g.legacy(11)+"/messages?key="+g.legacy(39)+"&token="+g.legacy(43)),
	}, decoy("API URL without key", "api.md", "GET https://chat.googleapis.com/v1/spaces/AAAA1234/messages\n"),
		decoy("placeholder", "README.md", "https://chat.googleapis.com/v1/spaces/SPACE/messages?key=KEY&token=TOKEN\n"))
	add("twilio-auth-token", []provTP{
		tp(".env", "TWILIO_AUTH_TOKEN=%s\n", g.hex(32)),
		tp("sms.py", "Client(\"AC"+g.hex(32)+"\", twilio_token)\ntwilio_token = \"%s\"\n", g.hex(32)),
	}, decoy("account sid", ".env", "TWILIO_ACCOUNT_SID=AC"+g.hex(32)+"\n"),
		decoy("env reference", ".env", "TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}\n"))
	add("postmark-server-token", []provTP{
		tp("mail.sh", "curl https://api.postmarkapp.com/email -H \"X-Postmark-Server-Token: %s\"\n", g.guid()),
		tp(".env", "POSTMARK_API_TOKEN=%s\n", g.guid()),
	}, decoy("test token", "mail.sh", "-H \"X-Postmark-Server-Token: POSTMARK_API_TEST\"\n"),
		decoy("message stream", ".env", "POSTMARK_MESSAGE_STREAM=outbound\n"))
	add("mailjet-api-secret", []provTP{
		tp(".env", "MAILJET_SECRET_KEY=%s\n", g.hex(32)),
		tp("mail.py", "mailjet_secret = '%s'\n", g.hex(32)),
	}, decoy("env reference", ".env", "MAILJET_SECRET_KEY=$MJ_SECRET\n"),
		decoy("sender", ".env", "MAILJET_SENDER=noreply@example.net\n"))
	add("sparkpost-api-key", []provTP{
		tp(".env", "SPARKPOST_API_KEY=%s\n", g.hex(40)),
		tp("mail.js", "const sparkpost = new SparkPost('x');\nconst sparkpostKey = '%s';\n", g.hex(40)),
	}, decoy("env reference", "mail.js", "const sparkpostKey = process.env.SPARKPOST_API_KEY;\n"),
		decoy("zeros", ".env", "SPARKPOST_API_KEY="+x("0", 40)+"\n"))
	add("brevo-smtp-key", []provTP{
		tp(".env", "SMTP_PASSWORD=%s\n", "xsmtpsib-"+g.hex(64)+"-"+g.alnum(16)),
		tp("mail.yaml", "smtp:\n  password: %s\n", "xsmtpsib-"+g.hex(64)+"-"+g.alnum(16)),
	}, decoy("placeholder", "README.md", "SMTP_PASSWORD=xsmtpsib-...\n"),
		decoy("short", ".env", "SMTP_PASSWORD=xsmtpsib-"+g.hex(20)+"\n"))
	add("pusher-app-secret", []provTP{
		tp(".env", "PUSHER_APP_SECRET=%s\n", g.hex(20)),
		tp("pusher.rb", "Pusher.secret = 'x'\npusher_secret = '%s'\n", g.hex(20)),
	}, decoy("app key", ".env", "PUSHER_APP_KEY="+g.hex(20)+"\n"),
		decoy("env reference", ".env", "PUSHER_APP_SECRET=${PUSHER_APP_SECRET}\n"))
	add("vonage-api-secret", []provTP{
		tp(".env", "VONAGE_API_SECRET=%s\n", g.alnum(16)),
		tp("sms.js", "new Vonage({ apiKey: 'x', apiSecret: 'y' });\nconst nexmoSecret = '%s';\n", g.alnum(16)),
	}, decoy("api key", ".env", "VONAGE_API_KEY="+g.hex(8)+"\n"),
		decoy("env reference", ".env", "VONAGE_API_SECRET=${VONAGE_API_SECRET}\n"))

	// --- payments.toml
	add("stripe-webhook-secret", []provTP{
		tp(".env", "STRIPE_WEBHOOK_SECRET=%s\n", "whsec_"+g.alnum(32)),
		tp("hooks.py", "endpoint_secret = \"%s\"\n", "whsec_"+g.std64(40)),
	}, decoy("placeholder", ".env.example", "STRIPE_WEBHOOK_SECRET=whsec_...\n"),
		decoy("X run", ".env.example", "STRIPE_WEBHOOK_SECRET=whsec_"+x("x", 32)+"\n"))
	add("braintree-access-token", []provTP{
		tp(".env", "BRAINTREE_ACCESS_TOKEN=%s\n", "access_token$production$"+g.low(16)+"$"+g.hex(32)),
		tp("pay.js", "new braintree.BraintreeGateway({ accessToken: '%s' });\n", "access_token$sandbox$"+g.low(16)+"$"+g.hex(32)),
	}, decoy("placeholder", "README.md", "accessToken: 'access_token$production$merchant_id$secret'\n"),
		decoy("short", ".env", "BRAINTREE_ACCESS_TOKEN=access_token$production$"+g.low(8)+"$"+g.hex(16)+"\n"))
	add("paypal-client-secret", []provTP{
		tp(".env", "PAYPAL_CLIENT_SECRET=%s\n", "E"+g.legacy(79)),
		tp("pay.py", "paypal_secret = \"%s\"\n", g.legacy(80)),
	}, decoy("client id", ".env", "PAYPAL_CLIENT_ID=A"+g.legacy(79)+"\n"),
		decoy("env reference", ".env", "PAYPAL_CLIENT_SECRET=${PAYPAL_CLIENT_SECRET}\n"))
	add("razorpay-key-secret", []provTP{
		tp(".env", "RAZORPAY_KEY_SECRET=%s\n", g.alnum(24)),
		tp("pay.js", "const razorpaySecret = '%s';\n", g.alnum(24)),
	}, decoy("key id", ".env", "RAZORPAY_KEY_ID=rzp_live_"+g.alnum(14)+"\n"),
		decoy("env reference", ".env", "RAZORPAY_KEY_SECRET=${RAZORPAY_KEY_SECRET}\n"))
	add("mollie-api-key", []provTP{
		tp(".env", "MOLLIE_API_KEY=%s\n", "live_"+g.alnum(30)),
		tp("pay.php", "$mollie->setApiKey('x');\n$mollie_key = '%s';\n", "test_"+g.alnum(30)),
	}, decoy("placeholder", ".env.example", "MOLLIE_API_KEY=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
		decoy("profile id", ".env", "MOLLIE_PROFILE_ID=pfl_"+g.alnum(10)+"\n"))
	add("paddle-api-key", []provTP{
		tp(".env", "PADDLE_API_KEY=%s\n", "pdl_live_apikey_01"+g.low(24)+"_"+g.alnum(22)+"_"+g.alnum(3)),
		tp("billing.ts", "new Paddle('%s')\n", "pdl_sdbx_apikey_01"+g.low(24)+"_"+g.alnum(22)+"_"+g.alnum(3)),
	}, decoy("placeholder", "README.md", "PADDLE_API_KEY=pdl_live_apikey_...\n"),
		decoy("client token", ".env", "PADDLE_CLIENT_TOKEN=live_"+g.hex(27)+"\n"))

	// --- databases.toml
	add("postgres-connection-url", []provTP{
		tp(".env", "DATABASE_URL=postgres://app:%s@db.internal:5432/app\n", g.pass(18)),
		tp("settings.py", "SQLALCHEMY_DATABASE_URI = \"postgresql+psycopg2://report:%s@10.0.0.5/reports\"\n", g.pass(14)),
	}, decoy("default dev password", "docker-compose.yml", "      DATABASE_URL: postgres://postgres:postgres@localhost:5432/dev\n"),
		decoy("template", "config.py", "url = f\"postgresql://{user}:{password}@{host}/{db}\"\n"),
		decoy("env reference", ".env", "DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app\n"))
	add("mysql-connection-url", []provTP{
		tp(".env", "DATABASE_URL=mysql://shop:%s@mysql.internal:3306/shop\n", g.pass(16)),
		tp("config.yml", "dsn: mariadb://admin:%s@10.1.2.3/app\n", g.pass(16)),
	}, decoy("placeholder", "README.md", "DATABASE_URL=mysql://user:password@localhost/db\n"),
		decoy("masked", "app.log", "connecting to mysql://shop:****@mysql.internal:3306/shop\n"))
	add("mongodb-connection-url", []provTP{
		tp(".env", "MONGO_URI=mongodb+srv://api:%s@cluster0.ab1cd.mongodb.net/app?retryWrites=true\n", g.alnum(16)),
		tp("config.js", "const uri = 'mongodb://root:%s@mongo-0,mongo-1:27017/admin';\n", g.pass(20)),
	}, decoy("Atlas placeholder", "README.md", "mongodb+srv://<username>:<password>@cluster0.mongodb.net\n"),
		decoy("no password", ".env", "MONGO_URI=mongodb://mongo:27017/app\n"))
	add("redis-connection-url", []provTP{
		tp(".env", "REDIS_URL=redis://:%s@cache.internal:6379/0\n", g.alnum(24)),
		tp("config.yaml", "redis: rediss://default:%s@redis-1234.cloud.example.net:6380\n", g.alnum(32)),
	}, decoy("no password", ".env", "REDIS_URL=redis://localhost:6379/0\n"),
		decoy("placeholder", "README.md", "REDIS_URL=redis://:changeme@localhost:6379\n"))
	add("amqp-connection-url", []provTP{
		tp(".env", "BROKER_URL=amqp://worker:%s@rabbitmq.internal:5672/vhost\n", g.pass(16)),
		tp("celery.py", "broker_url = 'amqps://svc:%s@b-123.mq.example.net:5671'\n", g.alnum(20)),
	}, decoy("default guest", "docker-compose.yml", "      BROKER_URL: amqp://guest:guest@rabbitmq:5672//\n"),
		decoy("env reference", ".env", "BROKER_URL=amqp://worker:$RABBIT_PASS@rabbitmq\n"))
	add("database-connection-url", []provTP{
		tp(".env", "SNOWFLAKE_URL=snowflake://etl:%s@xy12345.eu-central-1/db\n", g.pass(16)),
		tp("app.yaml", "neo4j: neo4j+s://neo4j:%s@abcd1234.databases.neo4j.io\n", g.alnum(43)),
	}, decoy("placeholder", "README.md", "sqlserver://sa:<YourStrong@Passw0rd>@localhost\n"),
		decoy("no password", "app.yaml", "kafka: kafka://broker-1:9092\n"))
	add("jdbc-password", []provTP{
		tp("application.properties", "spring.datasource.url=jdbc:sqlserver://db:1433;databaseName=app;user=app;password=%s;encrypt=true\n", g.alnum(16)),
		tp("db.properties", "url=jdbc:oracle:thin:scott/%s@//db.internal:1521/ORCL\n", g.alnum(12)),
	}, decoy("property reference", "application.properties", "spring.datasource.url=jdbc:postgresql://db/app?user=app&password=${DB_PASSWORD}\n"),
		decoy("no password", "application.properties", "spring.datasource.url=jdbc:postgresql://db:5432/app\n"))
	add("dotnet-connection-string-password", []provTP{
		tp("appsettings.json", "\"Default\": \"Server=tcp:sql.internal,1433;Database=app;User ID=app;Password=%s;Encrypt=True\"\n", g.alnum(18)),
		tp("web.config", "<add name=\"db\" connectionString=\"Data Source=sql01;Initial Catalog=crm;User Id=crm;Pwd=%s;\" />\n", g.pass(14)),
	}, decoy("integrated security", "appsettings.json", "\"Default\": \"Server=.;Database=app;Trusted_Connection=True\"\n"),
		decoy("placeholder", "appsettings.json", "\"Default\": \"Server=db;Database=app;User Id=sa;Password=<YourStrong!Passw0rd>;\"\n"))
	add("redis-requirepass", []provTP{
		tp("redis.conf", "bind 0.0.0.0\nrequirepass %s\n", g.alnum(24)),
		tp("docker-compose.yml", "    command: redis-server --requirepass %s --appendonly yes\n", g.pass(20)),
	}, decoy("env reference", "docker-compose.yml", "    command: redis-server --requirepass ${REDIS_PASSWORD}\n"),
		decoy("comment", "redis.conf", "# require"+"pass foobared\n"))
	add("database-password-env", []provTP{
		tp("docker-compose.yml", "    environment:\n      POSTGRES_PASSWORD: %s\n", g.pass(16)),
		tp(".env", "MYSQL_ROOT_PASSWORD=%s\n", g.pass(20)),
	}, decoy("example", "docker-compose.yml", "      POSTGRES_PASSWORD: example\n"),
		decoy("file variant", "docker-compose.yml", "      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n"),
		decoy("code", "settings.py", "DB_PASSWORD = os.environ[\"DB_PASSWORD\"]\n"),
		decoy("dotted name", "config.py", "db_password = settings.database.password\n"))

	// --- saas.toml
	add("figma-personal-access-token", []provTP{
		tp(".env", "FIGMA_TOKEN=%s\n", "figd_"+g.legacy(40)),
		tp("export.sh", "curl -H \"X-Figma-Token: %s\" https://api.figma.com/v1/files/abc\n", "figd_"+g.legacy(43)),
	}, decoy("placeholder", "README.md", "FIGMA_TOKEN=figd_...\n"),
		decoy("X run", ".env.example", "FIGMA_TOKEN=figd_"+x("X", 40)+"\n"))
	add("asana-personal-access-token", []provTP{
		tp(".env", "ASANA_ACCESS_TOKEN=%s\n", fmt.Sprintf("2/%016d/%016d:%s", g.r.Int63n(1e16), g.r.Int63n(1e16), g.hex(32))),
		tp("sync.py", "asana_token = \"%s\"\n", fmt.Sprintf("1/%016d:%s", g.r.Int63n(1e16), g.hex(32))),
	}, decoy("workspace id", ".env", "ASANA"+"_WORKSPACE=1200000000000000\n"),
		decoy("env reference", ".env", "ASANA_ACCESS_TOKEN=${ASANA_TOKEN}\n"))
	add("notion-integration-token", []provTP{
		tp(".env", "NOTION_TOKEN=%s\n", "secret_"+g.alnum(43)),
		tp("sync.js", "const notion = new Client({ auth: \"%s\" });\n", "secret_"+g.alnum(43)),
	}, decoy("identifier", "app.py", "secret_key_base_value_for_tests_only_and_nothing_else = 1\n"),
		decoy("X run", ".env.example", "NOTION_TOKEN=secret_"+x("x", 43)+"\n"))
	add("clickup-api-token", []provTP{
		tp(".env", "CLICKUP_API_TOKEN=%s\n", "pk_"+fmt.Sprint(10000000+g.r.Intn(89999999))+"_"+g.up(32)),
		tp("tasks.py", "headers = {\"Authorization\": \"%s\"}\n", "pk_"+fmt.Sprint(10000000+g.r.Intn(89999999))+"_"+g.up(32)),
	}, decoy("stripe publishable key", "pay.js", "Stripe('pk_live_"+g.alnum(24)+"')\n"),
		decoy("X run", ".env.example", "CLICKUP_API_TOKEN=pk_12345678_"+x("X", 32)+"\n"))
	add("trello-api-token", []provTP{
		tp(".env", "TRELLO_TOKEN=%s\n", "ATTA"+g.hex(64)+strings.ToUpper(g.hex(8))),
		tp("board.py", "trello_token = '%s'\n", g.hex(64)),
	}, decoy("api key (public)", ".env", "TRELLO_BOARD=5f1b2c3d4e5f6a7b8c9d0e1f\n"),
		decoy("env reference", ".env", "TRELLO_TOKEN=${TRELLO_TOKEN}\n"))
	add("salesforce-access-token", []provTP{
		tp("sf.sh", "curl -H \"Authorization: Bearer %s\" https://demo.my.salesforce.com/services/data/v60.0/\n", "00D"+g.alnum(12)+"!"+g.alnum(96)),
		tp(".env", "SF_SESSION=%s\n", "00D"+g.alnum(15)+"!AQ"+g.alnum(94)),
	}, decoy("org id only", ".env", "SF_ORG_ID=00D"+g.alnum(15)+"\n"),
		decoy("hex", "x.txt", "0x100d"+g.hex(40)+"!\n"))
	add("hubspot-private-app-token", []provTP{
		tp(".env", "HUBSPOT_ACCESS_TOKEN=%s\n", "pat-na1-"+g.guid()),
		tp("crm.js", "const hubspot = new Client({ accessToken: '%s' });\n", "pat-eu1-"+g.guid()),
	}, decoy("placeholder", "README.md", "HUBSPOT_ACCESS_TOKEN=pat-na1-xxxxxxxx\n"),
		decoy("zero guid", ".env", "HUBSPOT_ACCESS_TOKEN=pat-na1-00000000-0000-0000-0000-000000000000\n"))
	add("auth0-client-secret", []provTP{
		tp(".env", "AUTH0_CLIENT_SECRET=%s\n", g.legacy(64)),
		tp("auth.js", "auth0Secret: '%s',\n", g.legacy(64)),
	}, decoy("client id", ".env", "AUTH0_CLIENT_ID="+g.alnum(32)+"\n"),
		decoy("env reference", ".env", "AUTH0_CLIENT_SECRET=${AUTH0_CLIENT_SECRET}\n"))
	add("circleci-token", []provTP{
		tp(".env", "CIRCLECI_TOKEN=%s\n", "CCIPAT_"+g.alnum(22)+"_"+g.hex(40)),
		tp("trigger.sh", "curl -H \"Circle-Token: %s\" https://circleci.com/api/v2/me\n", "CCIPRJ_"+g.alnum(22)+"_"+g.hex(40)),
	}, decoy("placeholder", "README.md", "CIRCLECI_TOKEN=CCIPAT_...\n"),
		decoy("short", ".env", "CIRCLECI_TOKEN=CCIPAT_"+g.alnum(22)+"_"+g.hex(20)+"\n"))
	add("buildkite-api-token", []provTP{
		tp(".env", "BUILDKITE_API_TOKEN=%s\n", "bkua_"+g.hex(40)),
		tp("trigger.sh", "curl -H \"Authorization: Bearer %s\" https://api.buildkite.com/v2/builds\n", "bkua_"+g.hex(40)),
	}, decoy("placeholder", "README.md", "BUILDKITE_API_TOKEN=bkua_xxxxxxxx\n"),
		decoy("upper", ".env", "BUILDKITE_API_TOKEN=bkua_"+strings.ToUpper(g.hex(40))+"\n"))
	add("jenkins-api-token", []provTP{
		tp(".env", "JENKINS_API_TOKEN=%s\n", "11"+g.hex(32)),
		tp("trigger.sh", "jenkins_token=%s\ncurl -u \"ci:$jenkins_token\" https://jenkins/job/x/build\n", "11"+g.hex(32)),
	}, decoy("url", ".env", "JENKINS_URL=https://jenkins.example.net/\n"),
		decoy("env reference", ".env", "JENKINS_API_TOKEN=${JENKINS_API_TOKEN}\n"))
	add("doppler-service-token", []provTP{
		tp(".env", "DOPPLER_TOKEN=%s\n", "dp.st.prd."+g.alnum(43)),
		tp("ci.yml", "      DOPPLER_TOKEN: %s\n", "dp.sa."+g.alnum(43)),
	}, decoy("placeholder", "README.md", "DOPPLER_TOKEN=dp.st.xxxx\n"),
		decoy("X run", ".env.example", "DOPPLER_TOKEN=dp.st.dev."+x("X", 43)+"\n"))
	add("ngrok-authtoken", []provTP{
		tp("ngrok.yml", "version: \"2\"\nagent:\n  authtoken: x\nngrok_authtoken: %s\n", "2"+g.alnum(26)+"_"+g.alnum(21)),
		tp(".env", "NGROK_AUTHTOKEN=%s\n", "2"+g.alnum(26)+"_"+g.alnum(21)),
	}, decoy("env reference", "run.sh", "ngrok config add-authtoken $NGROK_AUTHTOKEN\n"),
		decoy("domain", "ngrok.yml", "ngrok_domain: demo.ngrok-free.app\n"))

	// --- credentials.toml
	add("url-basic-auth-password", []provTP{
		tp("requirements.txt", "--extra-index-url https://ci:%s@pypi.example.net/simple/\n", g.alnum(24)),
		tp(".git-credentials", "https://deploy:%s@git.example.net\n", g.pass(20)),
	}, decoy("placeholder", "README.md", "https://user:password@example.net/\n"),
		decoy("port", "docs.md", "see http://localhost:8080/@admin for the admin panel\n"),
		decoyAllowing("github-pat", "token reported by its own rule", ".git/config", "url = https://x:"+g.github("ghp_")+"@github.com/o/r.git\n"))
	add("http-basic-auth-header", []provTP{
		tp("client.py", "headers = {\"Authorization\": \"Basic %s\"}\n", base64.StdEncoding.EncodeToString([]byte("api:"+g.alnum(24)))),
		tp("request.http", "GET /api/v1/items\nAuthorization: Basic %s\n", base64.StdEncoding.EncodeToString([]byte("admin:"+g.pass(16)))),
	}, decoy("not user:password", "client.py", "headers = {\"Authorization\": \"Basic "+base64.StdEncoding.EncodeToString(g.bytes(24))+"\"}\n"),
		decoy("variable", "client.js", "headers: { Authorization: 'Basic ' + btoa(user + ':' + pass) }\n"))
	add("sshpass-password", []provTP{
		tp("deploy.sh", "sshpass -p '%s' ssh deploy@10.0.0.9 'systemctl restart app'\n", g.pass(16)),
		tp("Makefile", "\tsshpass -p %s scp build.tgz ops@host:/srv\n", g.alnum(14)),
	}, decoy("env variable", "deploy.sh", "sshpass -p \"$SSH_PASS\" ssh deploy@host\n"),
		decoy("-e variant", "deploy.sh", "SSHPASS=$(vault read x) sshpass -e ssh deploy@host\n"))
	add("netrc-password", []provTP{
		tp(".netrc", "machine api.example.net\n  login ci\n  password %s\n", g.pass(20)),
		tp("home/_netrc", "machine git.example.net login deploy password %s\n", g.alnum(32)),
	}, decoy("not a netrc", "notes.md", "machine example login ci password "+g.alnum(20)+"\n"),
		decoy("placeholder", ".netrc", "machine example.net login me password changeme\n"))
	add("wireguard-private-key", []provTP{
		tp("wg0.conf", "[Interface]\nAddress = 10.0.0.2/24\nPrivateKey = %s\n", base64.StdEncoding.EncodeToString(g.bytes(32))),
		tp("peer.conf", "[Interface]\nPrivateKey=%s\nListenPort = 51820\n", base64.StdEncoding.EncodeToString(g.bytes(32))),
	}, decoy("public key", "wg0.conf", "[Peer]\nPublicKey = "+base64.StdEncoding.EncodeToString(g.bytes(32))+"\n"),
		decoy("placeholder", "README.md", "PrivateKey = <private key>\n"))
	// After the tables above, so that adding a file does not change the
	// tokens drawn for them.
	for _, more := range moreProviderCases {
		cs = append(cs, more(g)...)
	}
	return cs
}

// mutateLast changes the last character of tok (its checksum).
func mutateLast(tok string) string {
	last := tok[len(tok)-1]
	c := byte('A')
	if last == 'A' {
		c = 'B'
	}
	return tok[:len(tok)-1] + string(c)
}

func ownRuleIDs(t *testing.T) map[string]*rules.Rule {
	cfg, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*rules.Rule{}
	for _, r := range cfg.Rules {
		if r.Source != "gitleaks" && r.Family != "dynatrace" {
			out[r.ID] = r
		}
	}
	return out
}

func isGeneric(id string) bool { return strings.Contains(id, "generic") }

// TestProviderRules runs every provider rule's table through the default
// engine: true positives are reported, by that rule, with exactly the
// expected secret and by no other specific rule; decoys wake no secretvet
// rule at all.
func TestProviderRules(t *testing.T) {
	t.Parallel() // one of the long tests: they share nothing mutable
	e := dynatraceEngine(t)
	own := ownRuleIDs(t)
	covered := map[string]bool{}
	for _, c := range providerCases(newTokenGen(20260501)) {
		if _, ok := own[c.rule]; !ok {
			t.Errorf("%s: no such secretvet rule", c.rule)
			continue
		}
		covered[c.rule] = true
		if len(c.tps) < 2 || len(c.decoy) < 2 {
			t.Errorf("%s: %d true positives and %d decoys; every rule needs two of each", c.rule, len(c.tps), len(c.decoy))
		}
		for i, tc := range c.tps {
			ms := e.Scan(rules.Target{Text: tc.text, Path: tc.path})
			found := false
			for _, m := range ms {
				if m.Rule.ID == c.rule && m.Secret == tc.secret {
					found = true
					continue
				}
				if !isGeneric(m.Rule.ID) && (strings.Contains(m.Secret, tc.secret) || strings.Contains(tc.secret, m.Secret)) {
					t.Errorf("%s true positive %d (%s): also reported by %s", c.rule, i, tc.path, m.Rule.ID)
				}
			}
			if !found {
				t.Errorf("%s true positive %d (%s) not found; matches: %s", c.rule, i, tc.path, describeMatches(tc.text, ms))
			}
		}
		for _, d := range c.decoy {
			other := false
			for _, m := range e.Scan(rules.Target{Text: d.text, Path: d.path}) {
				if m.Rule.ID == d.other {
					other = true
					continue
				}
				if m.Rule.ID == c.rule || own[m.Rule.ID] != nil {
					t.Errorf("%s decoy %q: %s reported %.12q…", c.rule, d.name, m.Rule.ID, m.Secret)
				}
			}
			if d.other != "" && !other {
				t.Errorf("%s decoy %q: %s did not report the token", c.rule, d.name, d.other)
			}
		}
	}
	for id := range own {
		if !covered[id] {
			t.Errorf("%s has no table in providerCases", id)
		}
	}
}

// TestValidatedRulesCoverGitleaks: the rules that replace a gitleaks rule to
// add a checksum find every checksum-valid token that gitleaks' rule finds,
// in every context gitleaks' samples use, and nothing that fails it.
func TestValidatedRulesCoverGitleaks(t *testing.T) {
	gl, err := rules.Gitleaks()
	if err != nil {
		t.Fatal(err)
	}
	theirs := rules.New(gl, rules.Options{})
	ours := dynatraceEngine(t)
	g := newTokenGen(99)
	tokens := map[string][]string{
		"github-pat":           {g.github("ghp_"), g.github("ghp_")},
		"github-oauth":         {g.github("gho_")},
		"github-app-token":     {g.github("ghu_"), g.github("ghs_")},
		"github-refresh-token": {g.github("ghr_")},
		"npm-access-token":     {g.npm(), g.npm()},
		"pypi-upload-token":    {g.pypi(), g.pypi()},
	}
	contexts := []string{"%s", "token = \"%s\"\n", "'%s';", "TOKEN=%s\n", "`%s`", "{\"t\":\"%s\"}", "x %s\\n"}
	for rule, toks := range tokens {
		for _, tok := range toks {
			for _, ctx := range contexts {
				text := strings.ReplaceAll(ctx, "%s", tok)
				glFound, ourFound := false, false
				for _, m := range theirs.Scan(rules.Target{Text: text, Path: "f.txt"}) {
					glFound = glFound || m.Rule.ID == rule
				}
				for _, m := range ours.Scan(rules.Target{Text: text, Path: "f.txt"}) {
					ourFound = ourFound || (m.Rule.ID == rule && m.Secret == tok)
				}
				if glFound && !ourFound {
					t.Errorf("%s: gitleaks finds the token in %q, secretvet does not", rule, ctx)
				}
			}
		}
	}
}

func TestRandomBytesAreNotDiscordTokens(t *testing.T) {
	// A decoy shape that a bare regex would take: base64 of random bytes in
	// the three-part layout. The validator needs a decimal ID.
	e := dynatraceEngine(t)
	b := make([]byte, 18)
	rand.Read(b)
	text := "DISCORD_TOKEN=M" + base64.RawURLEncoding.EncodeToString(b)[1:] + ".GhIjKl." + strings.Repeat("Ab", 19) + "\n"
	for _, m := range e.Scan(rules.Target{Text: text, Path: ".env"}) {
		if m.Rule.ID == "discord-bot-token" {
			t.Fatalf("random bytes reported as a Discord bot token")
		}
	}
}
