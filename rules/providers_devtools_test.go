package rules_test

import (
	"encoding/base64"
	"strings"
)

// The tables of rules/devtools.toml. Every token is built here from the
// seeded generator or from parts: the project scans itself, so no
// token-shaped literal may sit in this file.

func init() { moreProviderCases = append(moreProviderCases, devtoolsCases) }

// devtoolsCrockford is the alphabet of a ULID (Crockford base32).
const devtoolsCrockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// devtoolsTeamCity builds a TeamCity access token: the fixed header, the
// base64 of a 27-character random id and the base64 of a UUID.
func devtoolsTeamCity(g *tokenGen) string {
	enc := base64.StdEncoding.EncodeToString
	return "eyJ0eXAiOiAi" + "VENWMiJ9." + enc([]byte(g.alnum(27))) + "." + enc([]byte(g.guid()))
}

// devtoolsTunnel builds a Cloudflare Tunnel token: the base64 of the JSON
// object holding the account tag, the tunnel ID and the tunnel secret.
func devtoolsTunnel(g *tokenGen) string {
	secret := base64.StdEncoding.EncodeToString(g.bytes(32))
	return base64.StdEncoding.EncodeToString([]byte(`{"a":"` + g.hex(32) + `","t":"` + g.guid() + `","s":"` + secret + `"}`))
}

// devtoolsBitwarden builds a Bitwarden Secrets Manager access token.
func devtoolsBitwarden(g *tokenGen) string {
	return "0." + g.guid() + "." + g.alnum(30) + ":" + base64.StdEncoding.EncodeToString(g.bytes(16))
}

// devtoolsPhase builds a Phase token of the given kind (service or user).
func devtoolsPhase(g *tokenGen, kind string) string {
	return "pss_" + kind + ":v2:" + g.hex(64) + ":" + g.hex(64) + ":" + g.hex(64) + ":" + g.hex(64)
}

// devtoolsCases ignores the shared generator and draws from its own seed,
// so that adding or changing a case here does not change other tables.
func devtoolsCases(_ *tokenGen) []provCase {
	g := newTokenGen(20260701)
	var cs []provCase
	add := func(rule string, tps []provTP, decoys ...provDecoy) {
		cs = append(cs, provCase{rule: rule, tps: tps, decoy: decoys})
	}
	x := strings.Repeat
	ulid := func() string { return g.draw(devtoolsCrockford, 26) }

	// --- ci
	add("deno-deploy-token", []provTP{
		tp(".env", "DENO_DEPLOY_TOKEN=%s\n", "ddp_"+g.alnum(36)),
		tp("deploy.yml", "      - run: deployctl deploy --project=site --token=%s main.ts\n", "ddp_"+g.alnum(36)),
	}, decoy("placeholder", "README.md", "export DENO_DEPLOY_TOKEN=ddp_YOUR_TOKEN_HERE\n"),
		decoy("X run", ".env.example", "DENO_DEPLOY_TOKEN=ddp_"+x("x", 36)+"\n"),
		decoy("one short", "notes.txt", "ddp_"+g.alnum(35)+"\n"))
	add("teamcity-access-token", []provTP{
		tp("trigger.sh", "curl -H \"Authorization: Bearer %s\" https://ci.example.com/app/rest/builds\n", devtoolsTeamCity(g)),
		tp("Client.cs", "teamcity.ConnectWithAccessToken(\"%s\");\n", devtoolsTeamCity(g)),
	}, decoy("ellipsis", "README.md", "export TC_TOKEN=\"eyJ0eXAiOiAi"+"VENWMiJ9...\"\n"),
		decoy("header only", "notes.md", "TeamCity tokens start with eyJ0eXAiOiAi"+"VENWMiJ9.\n"))
	add("veracode-api-secret-key", []provTP{
		tp("veracode.yml", "api:\n  key-id: vera01ei-"+g.hex(32)+"\n  key-secret: %s\n", "vera01es-"+g.hex(128)),
		tp(".env", "VERACODE_API_KEY=%s\n", "vera01es-"+g.hex(128)),
	}, decoy("key ID only", ".env", "VERACODE_API_ID=vera01ei-"+g.hex(32)+"\n"),
		decoy("zeros", "docs.md", "vera01es-"+x("0", 128)+"\n"),
		decoy("upper hex", "x.txt", "vera01es-"+strings.ToUpper(g.hex(128))+"\n"))
	add("veracode-api-key-secret", []provTP{
		tp("credentials", "[default]\nveracode_api_key_id = "+g.hex(32)+"\nveracode_api_key_secret = %s\n", g.hex(128)),
		tp("Jenkinsfile", "environment {\n  VERACODE_API_KEY = '%s'\n}\n", g.hex(128)),
	}, decoy("key ID", "credentials", "veracode_api_key_id = "+g.hex(32)+"\n"),
		decoy("env reference", "ci.yml", "VERACODE_API_KEY: ${{ secrets.VERACODE_API_KEY }}\n"),
		decoy("no provider name", "credentials", "api_key_secret = "+g.hex(128)+"\n"))
	add("percy-token", []provTP{
		tp(".env", "PERCY_TOKEN=%s\n", "web_"+g.hex(64)),
		tp("Jenkinsfile", "sh \"export PERCY_TOKEN=%s\"\n", "auto_"+g.hex(64)),
	}, decoy("placeholder", ".env.example", "PERCY_TOKEN=web_your_auth_token_here\n"),
		decoy("env reference", "ci.yml", "PERCY_TOKEN: ${{ secrets.PERCY_TOKEN }}\n"),
		decoy("no provider name", ".env", "VISUAL_TOKEN=web_"+g.hex(64)+"\n"))
	add("chromatic-project-token", []provTP{
		tp("package.json", "\"chromatic\": \"npx chromatic --project-token=%s\"\n", "chpt_"+g.hex(15)),
		tp(".env", "CHROMATIC_PROJECT_TOKEN=%s\n", "chpt_"+g.hex(14)),
	}, decoy("identifier", "train.py", "chpt_folders = latest_checkpoint_dir.split('/')\n"),
		decoy("placeholder", ".env.example", "CHROMATIC_PROJECT_TOKEN=chpt_xxxxxxxxxxxxxx\n"))
	add("cypress-record-key", []provTP{
		tp("ci.yml", "env:\n  CYPRESS_RECORD_KEY: %s\n", g.guid()),
		tp("package.json", "\"e2e:ci\": \"cypress run --record --key %s\"\n", g.guid()),
	}, decoy("env reference", "ci.yml", "CYPRESS_RECORD_KEY: ${{ secrets.CYPRESS_RECORD_KEY }}\n"),
		decoy("project id", "cypress.config.ts", "export default defineConfig({ projectId: '"+g.low(6)+"' });\n"),
		decoy("other uuid", "cypress.json", "{\"cypressOrgId\": \""+g.guid()+"\"}\n"))
	add("deepsource-dsn", []provTP{
		tp("coverage.sh", "export DEEPSOURCE_DSN=https://%s@app.deepsource.com\n", g.hex(32)),
		tp("ci.yml", "env:\n  DEEPSOURCE_DSN: \"https://%s@deepsource.io\"\n", g.hex(32)),
	}, decoy("sample", "coverage.sh", "export DEEPSOURCE_DSN=https://sampledsn@deepsource.io\n"),
		decoy("placeholder", "README.md", "DEEPSOURCE_DSN=https://your-dsn@deepsource.io\n"))
	{
		free := "sktsec_t_--RAN5U4ivauy4w37" + "-6aoKyYPDt5ZbaT5JBVMqiwKo_api"
		add("socket-api-token", []provTP{
			tp(".env", "SOCKET_SECURITY_API_TOKEN=%s\n", "sktsec_"+g.url64(44)+"_api"),
			tp("scan.ts", "const client = new SocketSdk('%s');\n", "sktsec_"+g.url64(44)+"_api"),
		}, decoy("documented free-tier key", "cli.ts", "export const FREE_API_KEY = '"+free+"'\n"),
			decoy("short test value", "hook.test.ts", "SOCKET_API_TOKEN=sktsec_"+"abc123"+"def456\n"))
	}
	add("fossa-api-key", []provTP{
		tp(".env", "FOSSA_API_KEY=%s\n", g.hex(32)),
		tp("ci.yml", "- run: fossa analyze\n  env:\n    FOSSA_API_KEY: \"%s\"\n", g.hex(32)),
	}, decoy("env reference", "ci.yml", "FOSSA_API_KEY: ${{ secrets.FOSSA_API_KEY }}\n"),
		decoy("31 hex", ".env", "FOSSA_API_KEY="+g.hex(31)+"\n"))
	add("codeclimate-reporter-id", []provTP{
		tp(".travis.yml", "env:\n  global:\n    - CC_TEST_REPORTER_ID=%s\n", g.hex(64)),
		tp("ci.yml", "codeclimate_token: %s\n", g.hex(64)),
	}, decoy("env reference", "ci.yml", "CC_TEST_REPORTER_ID: ${{ secrets.CC_TEST_REPORTER_ID }}\n"),
		decoy("upper hex", "ci.yml", "CC_TEST_REPORTER_ID: "+strings.ToUpper(g.hex(64))+"\n"))
	add("applitools-api-key", []provTP{
		tp(".env", "APPLITOOLS_API_KEY=%s\n", g.alnum(49)),
		tp("eyes.config.js", "module.exports = { applitoolsApiKey: '%s' };\n", g.alnum(45)),
	}, decoy("env reference", "eyes.config.js", "module.exports = { apiKey: process.env.APPLITOOLS_API_KEY };\n"),
		decoy("X run", ".env.example", "APPLITOOLS_API_KEY="+x("X", 45)+"\n"))

	// --- saas
	add("cloudflare-user-api-token", []provTP{
		tp(".env", "CLOUDFLARE_API_TOKEN=%s\n", "cfut_"+g.alnum(40)+g.hex(8)),
		tp("verify.sh", "curl -H \"Authorization: Bearer %s\" https://api.cloudflare.com/client/v4/user/tokens/verify\n", "cfut_"+g.alnum(40)+g.hex(8)),
	}, decoy("truncated in notes", "NOTES.md", "Cloudflare token rotation (`cfut_pTef5...`)\n"),
		decoy("placeholder", "test.py", "'{\"cloudflare_token\": \"cfut_REAL\"}'\n"),
		decoy("X run", ".env.example", "CLOUDFLARE_API_TOKEN=cfut_"+x("x", 48)+"\n"))
	add("cloudflare-account-api-token", []provTP{
		tp("wrangler.sh", "CLOUDFLARE_API_TOKEN=%s npx wrangler deploy\n", "cfat_"+g.alnum(40)+g.hex(8)),
		tp("main.tf", "provider \"cloudflare\" {\n  api_token = \"%s\"\n}\n", "cfat_"+g.alnum(40)+g.hex(8)),
	}, decoy("prefix in docs", "README.md", "API token (cfut_ / cfat_) or Global API Key sign-in\n"),
		decoy("short", "x.txt", "cfat_"+g.alnum(30)+"\n"))
	add("cloudflare-global-api-key-scannable", []provTP{
		tp(".env", "CLOUDFLARE_API_KEY=%s\n", "cfk_"+g.alnum(40)+g.hex(8)),
		tp("dns.py", "headers = {\"X-Auth-Key\": \"%s\", \"X-Auth-Email\": \"ops@example.com\"}\n", "cfk_"+g.alnum(40)+g.hex(8)),
	}, decoy("X run", ".env.example", "CLOUDFLARE_API_KEY=cfk_"+x("X", 48)+"\n"),
		decoy("short", "x.txt", "cfk_"+g.alnum(20)+"\n"))
	add("cloudflare-tunnel-token", []provTP{
		tp("docker-compose.yml", "    command: tunnel --no-autoupdate run --token %s\n", devtoolsTunnel(g)),
		tp(".env", "TUNNEL_TOKEN=%s\n", devtoolsTunnel(g)),
	}, decoy("placeholder", "README.md", "cloudflared tunnel run --token eyJhIjoi...\n"),
		decoy("env reference", "docker-compose.yml", "      TUNNEL_TOKEN: ${TUNNEL_TOKEN}\n"))
	add("cloudflare-r2-secret-access-key", []provTP{
		tp(".env", "R2_SECRET_ACCESS_KEY=%s\n", g.hex(64)),
		tp("storage.ts", "const s3 = new S3Client({ credentials: { accessKeyId: r2AccessKeyId, secretAccessKey: env.x } });\nconst r2SecretKey = \"%s\";\n", g.hex(64)),
	}, decoy("access key id", ".env", "R2_ACCESS_KEY_ID="+g.hex(32)+"\n"),
		decoy("env reference", "wrangler.toml", "R2_SECRET_ACCESS_KEY = \"${R2_SECRET_ACCESS_KEY}\"\n"))
	add("statsig-server-secret", []provTP{
		tp("bench.py", "statsig.initialize(\"%s\")\n", "secret-"+g.alnum(43)),
		tp(".env", "STATSIG_SERVER_SECRET=%s\n", "secret-"+g.alnum(43)),
	}, decoy("test key", "StatsigTest.java", "statsig = new Statsig(\"secret-test-key\", options);\n"),
		decoy("X run", ".env.example", "STATSIG_SERVER_SECRET=secret-"+x("x", 43)+"\n"),
		decoy("client key", ".env", "NEXT_PUBLIC_STATSIG_CLIENT_KEY=client-"+g.alnum(43)+"\n"))
	add("configcat-sdk-key", []provTP{
		tp("main.tsx", "<ConfigCatProvider sdkKey=\"%s\">\n", "configcat-sdk-1/"+g.url64(22)+"/"+g.url64(22)),
		tp("flags.py", "CONFIGCAT_KEY = os.environ.get(\"CONFIGCAT_SDK_KEY\", \"%s\")\n", "configcat-sdk-1/"+g.url64(22)+"/"+g.url64(22)),
	}, decoy("zeros placeholder", "cache.ts", "const localSdkKey = 'configcat-sdk-1/"+x("0", 22)+"/"+x("0", 22)+"';\n"),
		decoy("one short", "x.ts", "'configcat-sdk-1/"+g.url64(22)+"/"+g.url64(21)+"'\n"))
	add("configcat-legacy-sdk-key", []provTP{
		tp("main.tf", "configcat_sdk_key = \"%s\"\n", g.url64(22)+"/"+g.url64(22)),
		tp(".env", "ConfigCat__SdkKey=%s\n", g.url64(22)+"/"+g.url64(22)),
	}, decoy("X run", ".env.example", "CONFIGCAT_SDK_KEY="+x("X", 22)+"/"+x("X", 22)+"\n"),
		decoy("no provider name", ".env", "FLAGS_KEY="+g.url64(22)+"/"+g.url64(22)+"\n"))
	add("launchdarkly-sdk-key", []provTP{
		tp(".env", "LAUNCHDARKLY_SDK_KEY=%s\n", "sdk-"+g.guid()),
		tp("flags.go", "client, _ := ld.MakeClient(\"%s\", 5*time.Second)\n", "sdk-"+g.guid()),
	}, decoy("package name", "go.mod", "require github.com/aws/aws-sdk-go v1.55.5\n"),
		decoy("zeros", "README.md", "LAUNCHDARKLY_SDK_KEY=sdk-"+x("0", 8)+"-0000-0000-0000-"+x("0", 12)+"\n"))
	add("launchdarkly-mobile-key", []provTP{
		tp("App.kt", "val ldConfig = LDConfig.Builder().mobileKey(\"%s\").build()\n", "mob-"+g.guid()),
		tp("Info.plist", "<key>LDMobileKey</key><string>%s</string>\n", "mob-"+g.guid()),
	}, decoy("placeholder", "README.md", "mobileKey(\"mob-xxxxxxxx-xxxx\")\n"),
		decoy("word", "styles.css", ".mob-nav-toggle { display: none; }\n"))
	add("unleash-api-token", []provTP{
		tp(".env", "UNLEASH_API_TOKEN=%s\n", "default:development."+g.hex(64)),
		tp("unleash.ts", "const unleash = initialize({ url: 'https://unleash.example.com/api/', appName: 'web', customHeaders: { Authorization: '%s' } });\nconst unleashToken = '%s';\n", "*:production."+g.hex(64)),
	}, decoy("documented example", "README.md", "UNLEASH_API_TOKEN=default:development.unleash-insecure-api-token\n"),
		decoy("no provider name", ".env", "FLAGS_TOKEN=*:production."+g.hex(64)+"\n"))
	add("split-sdk-key", []provTP{
		tp(".env", "SPLIT_SDK_KEY=%s\n", g.low(36)),
		tp("split.js", "const factory = SplitFactory({ core: { authorizationKey: x } });\nconst splitioApiKey = '%s';\n", g.low(36)),
	}, decoy("split call", "util.js", "const parts = line.split(','); const key = parts[0];\n"),
		decoy("env reference", "ci.yml", "SPLIT_SDK_KEY: ${{ secrets.SPLIT_SDK_KEY }}\n"))
	add("flagsmith-server-key", []provTP{
		tp(".env", "FLAGSMITH_ENVIRONMENT_KEY=%s\n", "ser."+g.alnum(22)),
		tp("flags.py", "flagsmith = Flagsmith(environment_key=\"x\")\nFLAGSMITH_SERVER_KEY = \"%s\"\n", "ser."+g.alnum(22)),
	}, decoy("client key", ".env", "FLAGSMITH_ENVIRONMENT_KEY="+g.alnum(22)+"\n"),
		decoy("placeholder", "README.md", "FLAGSMITH_SERVER_KEY=ser.xxxxxxxx\n"))
	add("devcycle-server-sdk-key", []provTP{
		tp(".env", "DEVCYCLE_SERVER_SDK_KEY=%s\n", "dvc_server_"+g.guid()+"_"+g.hex(7)),
		tp("flags.ts", "const devcycleClient = initializeDevCycle('%s');\n", "dvc_server_"+strings.ReplaceAll(g.guid(), "-", "_")),
	}, decoy("SSE channel name", "sse.go", "\"channel\":\"dvc_server_"+g.hex(40)+"_v1\"\n"),
		decoy("test key", "test_bucketing.py", "self.test_sdk_key = \"dvc_server_testkey\"\n"),
		decoy("doc example", "keys.json", "{\"key\": \"dvc_server_abcdefg12345\"}\n"))
	add("swaggerhub-api-key", []provTP{
		tp(".env", "SWAGGERHUB_API_KEY=%s\n", g.guid()),
		tp("publish.sh", "swaggerhub api:create acme/api/1.0 -f spec.yaml\n# swaggerhub_token: %s\n", g.guid()),
	}, decoy("env reference", "ci.yml", "SWAGGERHUB_API_KEY: ${{ secrets.SWAGGERHUB_API_KEY }}\n"),
		decoy("zeros", ".env.example", "SWAGGERHUB_API_KEY="+x("0", 8)+"-0000-0000-0000-"+x("0", 12)+"\n"))
	add("postman-collection-access-key", []provTP{
		tp("README.md", "<a href=\"https://api.postman.com/collections/"+g.guid()+"?access_key=%s\">collection</a>\n", "PMAT-"+ulid()),
		tp("sync.sh", "curl \"https://api.postman.com/collections/1?access_key=%s\"\n", "PMAT-"+ulid()),
	}, decoy("ticket id", "lib.rs", "//! Extracted from gguf_monolith.rs (PMAT-802)\n"),
		decoy("lower case", "x.txt", "PMAT-"+strings.ToLower(ulid())+"\n"))
	add("codesandbox-api-token", []provTP{
		tp(".env", "CSB_API_KEY=%s\n", "csb_v1_"+g.url64(43)),
		tp("sandbox.js", "const sdk = new CodeSandbox(\"%s\");\n", "csb_v1_"+g.url64(43)),
	}, decoy("file name", "sound.c", "#include \"csb_v1_amg_sound.h\"\n"),
		decoy("ellipsis", ".env.example", "SANDBOX_API_KEY=csb_v1_...\n"))

	// --- observability
	add("instana-api-token", []provTP{
		tp(".env", "INSTANA_API_TOKEN=%s\n", g.url64(22)),
		tp("values.yaml", "instana:\n  agent:\n    key: x\ninstana_agent_key: %s\n", g.url64(22)),
	}, decoy("env reference", "values.yaml", "INSTANA_AGENT_KEY: ${INSTANA_AGENT_KEY}\n"),
		decoy("X run", ".env.example", "INSTANA_API_TOKEN="+x("X", 22)+"\n"))
	add("appdynamics-access-key", []provTP{
		tp(".env", "APPDYNAMICS_AGENT_ACCOUNT_ACCESS_KEY=%s\n", g.low(12)),
		tp("Dockerfile", "ENV APPDYNAMICS_AGENT_ACCOUNT_ACCESS_KEY=%s\n", g.guid()),
	}, decoy("account name", ".env", "APPDYNAMICS_AGENT_ACCOUNT_NAME=customer1\n"),
		decoy("env reference", "k8s.yaml", "APPDYNAMICS_AGENT_ACCOUNT_ACCESS_KEY: $(APPD_KEY)\n"))
	add("mezmo-ingestion-key", []provTP{
		tp(".env", "LOGDNA_INGESTION_KEY=%s\n", g.hex(32)),
		tp("values.yaml", "mezmo_ingestion_key: \"%s\"\n", g.hex(32)),
	}, decoy("env reference", "values.yaml", "MEZMO_INGESTION_KEY: ${MEZMO_INGESTION_KEY}\n"),
		decoy("X run", ".env.example", "LOGDNA_KEY="+x("x", 32)+"\n"))
	add("splunk-observability-access-token", []provTP{
		tp("send.sh", "curl -X POST https://ingest.us1.signalfx.com/v2/datapoint -H \"X-SF-Token: %s\"\n", g.url64(22)),
		tp("otel.yaml", "exporters:\n  signalfx:\n    access_token: x\nSPLUNK_ACCESS_TOKEN: \"%s\"\n", g.url64(22)),
	}, decoy("env reference", "otel.yaml", "    access_token: ${SPLUNK_ACCESS_TOKEN}\n"),
		decoy("X run", ".env.example", "SFX_TOKEN="+x("X", 22)+"\n"))
	add("healthchecks-ping-url", []provTP{
		tp("crontab", "0 3 * * * /backup.sh && curl -fsS -m 10 --retry 5 https://hc-ping.com/%s\n", g.guid()),
		tp("job.py", "requests.get(\"https://hc-ping.com/%s\", timeout=10)\n", g.url64(22)+"/nightly-backup"),
	}, decoy("placeholder", "README.md", "curl https://hc-ping.com/your-uuid-here\n"),
		decoy("zeros", "docs.md", "https://hc-ping.com/"+x("0", 8)+"-0000-0000-0000-"+x("0", 12)+"\n"))
	add("deadmanssnitch-url", []provTP{
		tp("crontab", "*/5 * * * * /job.sh && curl https://nosnch.in/%s\n", g.hex(10)),
		tp("job.rb", "Net::HTTP.get(URI(\"https://nosnch.in/%s?m=done\"))\n", g.hex(10)),
	}, decoy("placeholder", "README.md", "curl https://nosnch.in/xxxxxxxxxx\n"),
		decoy("one short", "docs.md", "https://nosnch.in/"+g.hex(9)+"\n"))
	add("cronitor-telemetry-key", []provTP{
		tp("crontab", "0 * * * * curl https://cronitor.link/p/%s/nightly-job?state=complete\n", g.hex(32)),
		tp("job.sh", "curl \"https://cronitor.link/%s/backup\"\n", g.hex(32)),
	}, decoy("placeholder", "README.md", "curl https://cronitor.link/p/<API_KEY>/monitor\n"),
		decoy("zeros", "docs.md", "https://cronitor.link/p/"+x("0", 32)+"/job\n"))
	add("betterstack-heartbeat-url", []provTP{
		tp("crontab", "0 2 * * * /backup.sh && curl https://uptime.betterstack.com/api/v1/heartbeat/%s\n", g.alnum(24)),
		tp("job.py", "requests.get(\"https://betteruptime.com/api/v1/heartbeat/%s\")\n", g.alnum(24)),
	}, decoy("placeholder", "README.md", "curl https://uptime.betterstack.com/api/v1/heartbeat/<TOKEN>\n"),
		decoy("X run", "docs.md", "https://uptime.betterstack.com/api/v1/heartbeat/"+x("X", 24)+"\n"))

	// --- secrets-manager
	add("bitwarden-sm-access-token", []provTP{
		tp(".zshrc", "export BWS_ACCESS_TOKEN=%s\n", devtoolsBitwarden(g)),
		tp("main.tf", "provider \"bitwarden\" {\n  access_token = \"x\"\n}\nbitwarden_access_token = \"%s\"\n", devtoolsBitwarden(g)),
	}, decoy("placeholder", "README.md", "BWS_ACCESS_TOKEN=0.<access-token-id>.<client-secret>:<encryption-key>\n"),
		decoy("shape hint", "NOTES.md", "export BWS_ACCESS_TOKEN=0.uuid.secret:key==\n"))
	add("vault-recovery-token", []provTP{
		tp(".env", "VAULT_TOKEN=%s\n", "hvr."+g.url64(48)),
		tp("unseal.sh", "vault operator generate-root -decode=x\ncurl -H \"X-Vault-Token: %s\" $VAULT_ADDR/v1/sys/raw\n", "hvr."+g.alnum(28)),
	}, decoy("X run", ".env.example", "VAULT_TOKEN=hvr."+x("x", 28)+"\n"),
		decoy("short", "x.txt", "hvr."+g.alnum(10)+"\n"))
	add("conjur-api-key", []provTP{
		tp(".env", "CONJUR_AUTHN_API_KEY=%s\n", g.low(55)),
		tp("conjur.yml", "conjur_api_key: %s\n", g.low(55)),
	}, decoy("env reference", "k8s.yaml", "CONJUR_AUTHN_API_KEY: ${CONJUR_KEY}\n"),
		decoy("X run", ".env.example", "CONJUR_AUTHN_API_KEY="+x("x", 55)+"\n"))
	add("keeper-secrets-manager-token", []provTP{
		tp(".env", "KSM_TOKEN=%s\n", "US:"+g.url64(43)),
		tp("values.yaml", "keeper_ksm_token: \"%s\"\n", "EU:"+g.url64(43)),
	}, decoy("placeholder", "README.md", "KSM_TOKEN=US:ONE_TIME_TOKEN\n"),
		decoy("X run", ".env.example", "KSM_TOKEN=US:"+x("X", 43)+"\n"))
	add("dotenv-vault-key", []provTP{
		tp("server.sh", "heroku config:set DOTENV_KEY=\"dotenv://:%s@dotenv.org/vault/.env.vault?environment=production\"\n", "key_"+g.hex(64)),
		tp("config.js", "dotenv.config({ DOTENV_KEY: 'dotenv://:%s@dotenvx.com/vault/.env.vault?environment=development' });\n", "key_"+g.hex(64)),
	}, decoy("documented example", "README.md", "DOTENV_KEY=dotenv://:key_1234@dotenvx.com/vault/.env.vault?environment=development\n"),
		decoy("a run", "test.js", "const DOTENV_KEY = 'dotenv://:key_"+x("a", 64)+"@dotenvx.com/vault/.env.vault'\n"))
	add("dotenvx-private-key", []provTP{
		tp(".env.keys", "DOTENV_PRIVATE_KEY_PRODUCTION=\"%s\"\n", g.hex(64)),
		tp("ci.yml", "env:\n  DOTENV_PRIVATE_KEY: %s\n", g.hex(64)),
	}, decoy("public key", ".env", "DOTENV_PUBLIC_KEY=\"02"+g.hex(64)+"\"\n"),
		decoy("env reference", "ci.yml", "DOTENV_PRIVATE_KEY: ${{ secrets.DOTENV_PRIVATE_KEY }}\n"))
	add("phase-access-token", []provTP{
		tp(".env", "PHASE_SERVICE_TOKEN=%s\n", devtoolsPhase(g, "service")),
		tp("route.ts", "const token = \"%s\";\n", devtoolsPhase(g, "user")),
	}, decoy("fake", "main_test.go", "\"PHASE_SERVICE_TOKEN\": \"pss_service:v1:fake\",\n"),
		decoy("template", "tokens.py", "full_token = f\"pss_service:v2:{token_value}:{kx_pub}:{share_a}:{wrap_key}\"\n"))
	add("infisical-client-secret", []provTP{
		tp(".env", "INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET=%s\n", g.hex(64)),
		tp("secrets.ts", "const client = new InfisicalSDK();\nconst infisicalClientSecret = \"%s\";\n", g.hex(64)),
	}, decoy("client id", ".env", "INFISICAL_UNIVERSAL_AUTH_CLIENT_ID="+g.guid()+"\n"),
		decoy("env reference", "ci.yml", "INFISICAL_CLIENT_SECRET: ${{ secrets.INFISICAL_CLIENT_SECRET }}\n"))
	add("hcp-client-secret", []provTP{
		tp(".env", "HCP_CLIENT_SECRET=%s\n", g.url64(64)),
		tp("packer.sh", "export HCP_CLIENT_ID="+g.alnum(32)+"\nexport HCP_CLIENT_SECRET='%s'\n", g.alnum(64)),
	}, decoy("env reference", "ci.yml", "HCP_CLIENT_SECRET: ${{ secrets.HCP_CLIENT_SECRET }}\n"),
		decoy("X run", ".env.example", "HCP_CLIENT_SECRET="+x("x", 64)+"\n"))
	return cs
}
