package rules_test

import (
	"encoding/base64"
	"strings"
)

// The tables of rules/mlplatforms.toml. Every token is built here from the
// seeded generator or from parts: the project scans itself, so no
// token-shaped literal may sit in this file.

func init() { moreProviderCases = append(moreProviderCases, mlplatformsCases) }

// mlplatformsB32 is the lowercase base32 alphabet of Helicone key groups.
const mlplatformsB32 = "abcdefghijklmnopqrstuvwxyz234567"

// mlplatformsHelicone builds a Helicone key: prefix (sk or pk), then four
// groups of seven base32 characters.
func mlplatformsHelicone(g *tokenGen, prefix string) string {
	parts := make([]string, 4)
	for i := range parts {
		parts[i] = g.draw(mlplatformsB32, 7)
	}
	return prefix + "-helicone-" + strings.Join(parts, "-")
}

// mlplatformsNeptune builds a Neptune API token: the base64 of the JSON
// object naming the API address, URL and key.
func mlplatformsNeptune(apiKey string) string {
	const host = "https://app.neptune.ai"
	return base64.StdEncoding.EncodeToString([]byte(`{"api_address":"` + host + `","api_url":"` + host + `","api_key":"` + apiKey + `"}`))
}

// mlplatformsCases ignores the shared generator and draws from its own
// seed, so that adding or changing a case here does not change other tables.
func mlplatformsCases(_ *tokenGen) []provCase {
	g := newTokenGen(20260905)
	var cs []provCase
	add := func(rule string, tps []provTP, decoys ...provDecoy) {
		cs = append(cs, provCase{rule: rule, tps: tps, decoy: decoys})
	}
	x := strings.Repeat

	// --- prefixed tokens
	add("helicone-api-key", []provTP{
		tp(".env", "HELICONE_API_KEY=%s\n", mlplatformsHelicone(g, "sk")),
		tp("client.py", "default_headers={\"Helicone-Auth\": \"Bearer %s\"}\n", mlplatformsHelicone(g, "pk")),
		tp("proxy.sh", "curl https://oai.helicone.ai/v1/models -H \"Authorization: Bearer %s\"\n", mlplatformsHelicone(g, "sk")),
	}, decoy("ellipsis", ".env.example", "HELICONE_API_KEY=sk-helicone-...\n"),
		decoy("Helicone's published test key", "test.ts", "export const TEST_ORG_API_KEY = \"sk-helicone-"+"aizk36y-5yue2my-qmy5tza-"+"n7x3aqa\";\n"),
		decoy("one short", "notes.txt", "sk-helicone-"+g.draw(mlplatformsB32, 7)+"-"+g.draw(mlplatformsB32, 7)+"-"+g.draw(mlplatformsB32, 7)+"-"+g.draw(mlplatformsB32, 6)+"\n"))
	add("kaggle-api-token", []provTP{
		tp(".env", "KAGGLE_API_TOKEN=%s\n", "KGAT_"+g.hex(32)),
		tp("download.sh", "curl -L -H \"Authorization: Bearer %s\" https://www.kaggle.com/api/v1/datasets/download/owner/data\n", "KGAT_"+g.hex(32)),
	}, decoy("ellipsis", "README.md", "export KAGGLE_API_TOKEN=KGAT_...\n"),
		decoy("model name", "README.md", "cd built-in/ACL_TensorFlow/Official/recommendation/KGAT_for_ACL\n"),
		decoy("upper hex", ".env", "KAGGLE_API_TOKEN=KGAT_"+strings.ToUpper(g.hex(32))+"\n"))
	add("kaggle-api-key", []provTP{
		tp(".kaggle/kaggle.json", "{\"username\":\"jdoe\",\"key\":\"%s\"}\n", g.hex(32)),
		tp("kaggle.json", "{\n  \"username\": \"data-team\",\n  \"key\": \"%s\"\n}\n", g.hex(32)),
		tp(".env", "KAGGLE_USERNAME=jdoe\nKAGGLE_KEY=%s\n", g.hex(32)),
		tp("train.py", "kaggle_key = \"%s\"  # for the kaggle client\n", g.hex(32)),
	}, decoy("X run", "kaggle.json", "{\"username\":\"jdoe\",\"key\":\""+x("x", 32)+"\"}\n"),
		decoy("env reference", ".env", "KAGGLE_KEY=${KAGGLE_KEY}\n"),
		decoy("not a username/key pair", "user.json", "{\"name\":\"jdoe\",\"key\":\""+g.hex(32)+"\"}\n"))
	add("neptune-api-token", []provTP{
		tp(".env", "NEPTUNE_API_TOKEN=%s\n", mlplatformsNeptune(g.guid())),
		tp("train.py", "run = neptune.init_run(project=\"ws/proj\", api_token=\"%s\")\n", mlplatformsNeptune(g.guid())),
	}, decoy("the public anonymous token", "train.py", "run = neptune.init_run(api_token=\""+mlplatformsNeptune("b706bc8f-76f9-4c2e-"+"939d-4ba036f932e4")+"\")\n"),
		decoy("env reference", ".env", "NEPTUNE_API_TOKEN=${NEPTUNE_API_TOKEN}\n"),
		decoy("header only", "notes.md", "tokens start with eyJhcGlfYWRkcmVzcyI6 (base64 of the api_address key)\n"))
	add("whylabs-api-key", []provTP{
		tp(".env", "WHYLABS_API_KEY=%s\n", g.alnum(10)+"."+g.alnum(64)+":org-"+g.alnum(6)),
		tp("profile.py", "os.environ[\"WHYLABS_API_KEY\"] = \"%s\"\n", g.alnum(10)+"."+g.alnum(64)+":org-"+g.alnum(4)),
	}, decoy("X run", ".env.example", "WHYLABS_API_KEY="+x("x", 10)+"."+x("x", 64)+":org-"+x("x", 6)+"\n"),
		decoy("key id without its secret", "notes.md", "key "+g.alnum(10)+" of org-"+g.alnum(6)+"\n"),
		decoy("one short", ".env", "WHYLABS_API_KEY="+g.alnum(10)+"."+g.alnum(63)+":org-"+g.alnum(6)+"\n"))
	add("vespa-cloud-token", []provTP{
		tp(".env", "VESPA_CLOUD_SECRET_TOKEN=%s\n", "vespa_cloud_"+g.alnum(43)),
		tp("query.py", "app = Vespa(url=endpoint, vespa_cloud_secret_token=\"%s\")\n", "vespa_cloud_"+g.alnum(43)),
	}, decoy("configuration names", "config.py", "vespa_cloud_secret_token = os.environ.get(\"VESPA_CLOUD_SECRET_TOKEN\")\nvespa_cloud_provisioner_role = x\n"),
		decoy("X run", ".env.example", "VESPA_CLOUD_SECRET_TOKEN=vespa_cloud_"+x("x", 43)+"\n"),
		decoy("placeholder", "README.md", "export VESPA_CLOUD_SECRET_TOKEN='value-of-token'\n"))
	add("cartesia-api-key", []provTP{
		tp(".env", "CARTESIA_API_KEY=%s\n", "sk_car_"+g.alnum(22)),
		tp("tts.ts", "const client = new CartesiaClient({ apiKey: \"%s\" });\n", "sk_car_"+g.alnum(40)),
	}, decoy("X run", ".env.example", "CARTESIA_API_KEY=sk_car_"+x("x", 22)+"\n"),
		decoy("ellipsis", "README.md", "Example: `sk_car_xxxxxxxxxxxxx`\n"))
	add("anyscale-api-key", []provTP{
		tp(".env", "ANYSCALE_API_KEY=%s\n", "esecret_"+g.low(26)),
		tp("chat.sh", "curl https://api.endpoints.anyscale.com/v1/models -H \"Authorization: Bearer %s\"\n", "esecret_"+g.low(26)),
	}, decoy("function names", "store.js", "function getSourceSecret_(id) {}\nupdatesecret_impl(x)\n"),
		decoy("X run", ".env.example", "ANYSCALE_API_KEY=esecret_"+x("x", 26)+"\n"),
		decoy("too short", "notes.txt", "esecret_"+g.low(12)+"\n"))
	add("browserbase-api-key", []provTP{
		tp(".env", "BROWSERBASE_API_KEY=%s\n", "bb_live_"+g.url64(27)),
		tp("agent.ts", "const bb = new Browserbase({ apiKey: \"%s\" });\n", "bb_live_"+g.url64(27)),
	}, decoy("X run", ".env.example", "BROWSERBASE_API_KEY=bb_live_"+x("x", 27)+"\n"),
		decoy("placeholder", "README.md", "BROWSERBASE_API_KEY=bb_live_your_key\n"))

	add("humanloop-api-key", []provTP{
		tp(".env", "HUMANLOOP_API_KEY=%s\n", "hl_sk_"+g.hex(48)),
		tp("evals.py", "headers = {\"X-API-KEY\": \"%s\"}\n", "hl_sk_"+g.hex(48)),
	}, decoy("similar names", "stats.py", "thl_sk_w = 1\nGHL_API_KEY = \"ghl_sk_"+g.hex(48)+"\"\n"),
		decoy("placeholder", "README.md", "HUMANLOOP_API_KEY=hl_sk_live_...\n"),
		decoy("one short", ".env", "HUMANLOOP_API_KEY=hl_sk_"+g.hex(47)+"\n"))
	add("runpod-api-key", []provTP{
		tp(".env", "RUNPOD_API_KEY=%s\n", "rpa_"+g.up(40)),
		tp("deploy.sh", "curl -H \"Authorization: Bearer %s\" https://rest.runpod.io/v1/pods\n", "rpa_"+g.up(40)),
	}, decoy("placeholder", "README.md", "RUNPOD_API_KEY=rpa_YOUR_API_KEY_HERE\n"),
		decoy("lower case", ".env", "RUNPOD_API_KEY=rpa_"+g.low(40)+"\n"),
		decoy("other identifiers", "paths.txt", "C:\\RPA_TEST\\disk_mount.txt auto_LiRPA_candidates\n"))

	// --- context rules: the provider's name must be in the assigned name
	add("ai21-api-key", []provTP{
		tp(".env", "AI21_API_KEY=%s\n", g.alnum(32)),
		tp("app.py", "client = AI21Client(api_key=os.environ.get(\"X\"))\nai21_api_key = \"%s\"\n", g.alnum(32)),
	}, decoy("X run", ".env.example", "AI21_API_KEY="+x("x", 32)+"\n"),
		decoy("env reference", ".env", "AI21_API_KEY=${AI21_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.alnum(32)+"\n"))
	add("clarifai-pat", []provTP{
		tp(".env", "CLARIFAI_PAT=%s\n", g.hex(32)),
		tp("client.ts", "const clarifaiPat = \"%s\";\n", g.hex(32)),
	}, decoy("X run", ".env.example", "CLARIFAI_PAT="+x("x", 32)+"\n"),
		decoy("env reference", ".env", "CLARIFAI_PAT=${CLARIFAI_PAT}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.hex(32)+"\n"),
		decoy("upper case", ".env", "CLARIFAI_PAT="+strings.ToUpper(g.hex(32))+"\n"))
	add("roboflow-api-key", []provTP{
		tp(".env", "ROBOFLOW_API_KEY=%s\n", g.alnum(20)),
		tp("app.py", "rf = Roboflow(api_key=\"x\")\nroboflow_api_key: \"%s\"\n", g.alnum(20)),
	}, decoy("X run", ".env.example", "ROBOFLOW_API_KEY="+x("x", 20)+"\n"),
		decoy("env reference", ".env", "ROBOFLOW_API_KEY=${ROBOFLOW_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.alnum(20)+"\n"))
	add("comet-api-key", []provTP{
		tp(".env", "COMET_API_KEY=%s\n", g.alnum(25)),
		tp("app.py", "comet_api_key = \"%s\"\n", g.alnum(25)),
	}, decoy("X run", ".env.example", "COMET_API_KEY="+x("x", 25)+"\n"),
		decoy("env reference", ".env", "COMET_API_KEY=${COMET_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.alnum(25)+"\n"))
	add("clearml-api-secret-key", []provTP{
		tp(".env", "CLEARML_API_SECRET_KEY=%s\n", g.alnum(50)),
		tp("docker-compose.yml", "      - CLEARML_API_SECRET_KEY=%s\n", g.alnum(50)),
	}, decoy("X run", ".env.example", "CLEARML_API_SECRET_KEY="+x("x", 50)+"\n"),
		decoy("env reference", ".env", "CLEARML_API_SECRET_KEY=${CLEARML_API_SECRET_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.alnum(50)+"\n"))
	add("paperspace-api-key", []provTP{
		tp(".env", "PAPERSPACE_API_KEY=%s\n", g.hex(32)),
		tp("main.tf", "provider \"paperspace\" {\n  paperspace_api_key = \"%s\"\n}\n", g.hex(32)),
	}, decoy("X run", ".env.example", "PAPERSPACE_API_KEY="+x("x", 32)+"\n"),
		decoy("env reference", ".env", "PAPERSPACE_API_KEY=${PAPERSPACE_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.hex(32)+"\n"),
		decoy("upper case", ".env", "PAPERSPACE_API_KEY="+strings.ToUpper(g.hex(32))+"\n"))
	add("runpod-legacy-api-key", []provTP{
		tp(".env", "RUNPOD_API_KEY=%s\n", g.up(32)),
		tp("app.py", "runpod.api_key = \"%s\"\n", g.up(32)),
	}, decoy("X run", ".env.example", "RUNPOD_API_KEY="+x("X", 32)+"\n"),
		decoy("env reference", ".env", "RUNPOD_API_KEY=${RUNPOD_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.up(32)+"\n"))
	add("vastai-api-key", []provTP{
		tp(".env", "VAST_API_KEY=%s\n", g.hex(64)),
		tp("app.py", "vastai set api-key x\nconst vastaiKey = \"%s\"\n", g.hex(64)),
	}, decoy("X run", ".env.example", "VAST_API_KEY="+x("x", 64)+"\n"),
		decoy("env reference", ".env", "VAST_API_KEY=${VAST_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.hex(64)+"\n"),
		decoy("upper case", ".env", "VAST_API_KEY="+strings.ToUpper(g.hex(64))+"\n"))
	add("baseten-api-key", []provTP{
		tp(".env", "BASETEN_API_KEY=%s\n", g.alnum(8)+"."+g.alnum(32)),
		tp("app.py", "headers = {\"Authorization\": \"Api-Key \" + BASETEN}\nbaseten_api_key = \"%s\"\n", g.alnum(8)+"."+g.alnum(32)),
	}, decoy("X run", ".env.example", "BASETEN_API_KEY="+x("x", 8)+"."+x("x", 32)+"\n"),
		decoy("env reference", ".env", "BASETEN_API_KEY=${BASETEN_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.alnum(8)+"."+g.alnum(32)+"\n"))
	add("lepton-api-token", []provTP{
		tp(".env", "LEPTON_API_TOKEN=%s\n", g.alnum(48)),
		tp("config.yaml", "lepton_token: %s\n", g.alnum(48)),
	}, decoy("X run", ".env.example", "LEPTON_API_TOKEN="+x("x", 48)+"\n"),
		decoy("env reference", ".env", "LEPTON_API_TOKEN=${LEPTON_API_TOKEN}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.alnum(48)+"\n"))
	add("deepinfra-api-key", []provTP{
		tp(".env", "DEEPINFRA_API_KEY=%s\n", g.alnum(32)),
		tp("client.ts", "export const deepinfraToken = \"%s\";\n", g.alnum(32)),
	}, decoy("X run", ".env.example", "DEEPINFRA_API_KEY="+x("x", 32)+"\n"),
		decoy("env reference", ".env", "DEEPINFRA_API_KEY=${DEEPINFRA_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.alnum(32)+"\n"))
	add("sambanova-api-key", []provTP{
		tp(".env", "SAMBANOVA_API_KEY=%s\n", g.guid()),
		tp("config.json", "{\"sambanovaApiKey\": \"%s\"}\n", g.guid()),
	}, decoy("X run", ".env.example", "SAMBANOVA_API_KEY="+x("0", 8)+"-"+x("0", 4)+"-"+x("0", 4)+"-"+x("0", 4)+"-"+x("0", 12)+"\n"),
		decoy("env reference", ".env", "SAMBANOVA_API_KEY=${SAMBANOVA_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.guid()+"\n"))
	add("novita-api-key", []provTP{
		tp(".env", "NOVITA_API_KEY=%s\n", "sk_"+g.url64(46)),
		tp("app.py", "novita_api_key = \"%s\"\n", "sk_"+g.url64(46)),
	}, decoy("X run", ".env.example", "NOVITA_API_KEY="+"sk_"+x("x", 46)+"\n"),
		decoy("env reference", ".env", "NOVITA_API_KEY=${NOVITA_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+"sk_"+g.url64(46)+"\n"))
	add("featherless-api-key", []provTP{
		tp(".env", "FEATHERLESS_API_KEY=%s\n", "rc_"+g.hex(64)),
		tp("client.ts", "const featherlessKey = \"%s\"\n", "rc_"+g.hex(64)),
	}, decoy("X run", ".env.example", "FEATHERLESS_API_KEY="+"rc_"+x("x", 64)+"\n"),
		decoy("env reference", ".env", "FEATHERLESS_API_KEY=${FEATHERLESS_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+"rc_"+g.hex(64)+"\n"))
	add("lambda-cloud-api-key", []provTP{
		tp(".env", "LAMBDA_API_KEY=%s\n", "secret_"+g.low(8)+"_"+g.hex(32)+"."+g.alnum(32)),
		tp("app.py", "lambdalabs_api_key = \"%s\"\n", "secret_"+g.low(8)+"_"+g.hex(32)+"."+g.alnum(32)),
	}, decoy("X run", ".env.example", "LAMBDA_API_KEY="+"secret_"+x("x", 8)+"."+x("x", 32)+"\n"),
		decoy("env reference", ".env", "LAMBDA_API_KEY=${LAMBDA_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+"secret_"+g.low(8)+"_"+g.hex(32)+"."+g.alnum(32)+"\n"))
	add("leonardo-api-key", []provTP{
		tp(".env", "LEONARDO_API_KEY=%s\n", g.guid()),
		tp("config.yaml", "leonardo_api_key: \"%s\"\n", g.guid()),
	}, decoy("X run", ".env.example", "LEONARDO_API_KEY="+x("0", 8)+"-"+x("0", 4)+"-"+x("0", 4)+"-"+x("0", 4)+"-"+x("0", 12)+"\n"),
		decoy("env reference", ".env", "LEONARDO_API_KEY=${LEONARDO_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.guid()+"\n"))
	add("ideogram-api-key", []provTP{
		tp(".env", "IDEOGRAM_API_KEY=%s\n", g.url64(86)),
		tp("config.json", "{\"ideogram_api_key\": \"%s\"}\n", g.url64(86)),
	}, decoy("X run", ".env.example", "IDEOGRAM_API_KEY="+x("x", 86)+"\n"),
		decoy("env reference", ".env", "IDEOGRAM_API_KEY=${IDEOGRAM_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.url64(86)+"\n"))
	add("bfl-api-key", []provTP{
		tp(".env", "BFL_API_KEY=%s\n", g.guid()),
		tp("app.py", "headers = {\"x-key\": BFL}\nbfl_api_key = \"%s\"\n", g.guid()),
	}, decoy("X run", ".env.example", "BFL_API_KEY="+x("0", 8)+"-"+x("0", 4)+"-"+x("0", 4)+"-"+x("0", 4)+"-"+x("0", 12)+"\n"),
		decoy("env reference", ".env", "BFL_API_KEY=${BFL_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.guid()+"\n"))
	add("fal-api-key", []provTP{
		tp(".env", "FAL_KEY=%s\n", g.guid()+":"+g.hex(32)),
		tp("config.yaml", "fal_key: \"%s\"\n", g.guid()+":"+g.hex(32)),
	}, decoy("X run", ".env.example", "FAL_KEY="+x("0", 8)+"-"+x("0", 4)+"-"+x("0", 4)+"-"+x("0", 4)+"-"+x("0", 12)+":"+x("0", 32)+"\n"),
		decoy("env reference", ".env", "FAL_KEY=${FAL_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.guid()+":"+g.hex(32)+"\n"))
	add("lumaai-api-key", []provTP{
		tp(".env", "LUMAAI_API_KEY=%s\n", "luma-"+g.guid()+"-"+g.alnum(32)),
		tp("client.ts", "const lumaaiKey = \"%s\";\n", "luma-"+g.guid()+"-"+g.alnum(32)),
	}, decoy("X run", ".env.example", "LUMAAI_API_KEY="+"luma-"+x("x", 68)+"\n"),
		decoy("env reference", ".env", "LUMAAI_API_KEY=${LUMAAI_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+"luma-"+g.guid()+"-"+g.alnum(32)+"\n"))
	add("writer-api-key", []provTP{
		tp(".env", "WRITER_API_KEY=%s\n", g.alnum(48)),
		tp("app.py", "writer_api_key = \"%s\"\n", g.alnum(48)),
	}, decoy("X run", ".env.example", "WRITER_API_KEY="+x("x", 48)+"\n"),
		decoy("env reference", ".env", "WRITER_API_KEY=${WRITER_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.alnum(48)+"\n"))
	add("jasper-api-key", []provTP{
		tp(".env", "JASPER_API_KEY=%s\n", g.alnum(40)),
		tp("config.yaml", "jasper_api_key: %s\n", g.alnum(40)),
	}, decoy("X run", ".env.example", "JASPER_API_KEY="+x("x", 40)+"\n"),
		decoy("env reference", ".env", "JASPER_API_KEY=${JASPER_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.alnum(40)+"\n"))
	add("nomic-api-key", []provTP{
		tp(".env", "NOMIC_API_KEY=%s\n", "nk-"+g.url64(43)),
		tp("app.py", "nomic_api_key = \"%s\"\n", "nk-"+g.url64(43)),
	}, decoy("X run", ".env.example", "NOMIC_API_KEY="+"nk-"+x("x", 43)+"\n"),
		decoy("env reference", ".env", "NOMIC_API_KEY=${NOMIC_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+"nk-"+g.url64(43)+"\n"))
	add("mixedbread-api-key", []provTP{
		tp(".env", "MXBAI_API_KEY=%s\n", "mxb_"+g.alnum(40)),
		tp("client.ts", "const mixedbreadApiKey = \"%s\";\n", "mxb_"+g.alnum(40)),
	}, decoy("X run", ".env.example", "MXBAI_API_KEY="+"mxb_"+x("x", 40)+"\n"),
		decoy("env reference", ".env", "MXBAI_API_KEY=${MXBAI_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+"mxb_"+g.alnum(40)+"\n"))
	add("zilliz-api-key", []provTP{
		tp(".env", "ZILLIZ_API_KEY=%s\n", g.hex(104)),
		tp("app.py", "client = MilvusClient(uri=URI, token=zilliz)\nzilliz_token = \"%s\"\n", g.hex(104)),
	}, decoy("X run", ".env.example", "ZILLIZ_API_KEY="+x("x", 104)+"\n"),
		decoy("env reference", ".env", "ZILLIZ_API_KEY=${ZILLIZ_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.hex(104)+"\n"))
	add("chroma-cloud-api-key", []provTP{
		tp(".env", "CHROMA_API_KEY=%s\n", "ck-"+g.alnum(44)),
		tp("config.json", "{\"chromaApiKey\": \"%s\"}\n", "ck-"+g.alnum(44)),
	}, decoy("X run", ".env.example", "CHROMA_API_KEY="+"ck-"+x("x", 44)+"\n"),
		decoy("env reference", ".env", "CHROMA_API_KEY=${CHROMA_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+"ck-"+g.alnum(44)+"\n"))
	add("unstructured-api-key", []provTP{
		tp(".env", "UNSTRUCTURED_API_KEY=%s\n", g.alnum(30)),
		tp("client.ts", "const unstructuredApiKey = \"%s\";\n", g.alnum(30)),
	}, decoy("X run", ".env.example", "UNSTRUCTURED_API_KEY="+x("x", 30)+"\n"),
		decoy("env reference", ".env", "UNSTRUCTURED_API_KEY=${UNSTRUCTURED_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.alnum(30)+"\n"))
	add("speechmatics-api-key", []provTP{
		tp(".env", "SPEECHMATICS_API_KEY=%s\n", g.alnum(32)),
		tp("config.yaml", "speechmatics_auth_token: \"%s\"\n", g.alnum(32)),
	}, decoy("X run", ".env.example", "SPEECHMATICS_API_KEY="+x("x", 32)+"\n"),
		decoy("env reference", ".env", "SPEECHMATICS_API_KEY=${SPEECHMATICS_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.alnum(32)+"\n"))
	add("gladia-api-key", []provTP{
		tp(".env", "GLADIA_API_KEY=%s\n", g.guid()),
		tp("client.ts", "const gladiaKey = \"%s\";\n", g.guid()),
	}, decoy("X run", ".env.example", "GLADIA_API_KEY="+x("0", 8)+"-"+x("0", 4)+"-"+x("0", 4)+"-"+x("0", 4)+"-"+x("0", 12)+"\n"),
		decoy("env reference", ".env", "GLADIA_API_KEY=${GLADIA_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.guid()+"\n"))
	add("picovoice-access-key", []provTP{
		tp(".env", "PICOVOICE_ACCESS_KEY=%s\n", g.std64(54)+"=="),
		tp("app.py", "picovoice_access_key = \"%s\"\n", g.std64(54)+"=="),
	}, decoy("X run", ".env.example", "PICOVOICE_ACCESS_KEY="+x("x", 54)+"=="+"\n"),
		decoy("env reference", ".env", "PICOVOICE_ACCESS_KEY=${PICOVOICE_ACCESS_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.std64(54)+"=="+"\n"))
	add("hume-api-key", []provTP{
		tp(".env", "HUME_API_KEY=%s\n", g.alnum(48)),
		tp("client.ts", "const humeApiKey = \"%s\";\n", g.alnum(48)),
	}, decoy("X run", ".env.example", "HUME_API_KEY="+x("x", 48)+"\n"),
		decoy("env reference", ".env", "HUME_API_KEY=${HUME_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.alnum(48)+"\n"))
	add("hume-secret-key", []provTP{
		tp(".env", "HUME_SECRET_KEY=%s\n", g.alnum(64)),
		tp("app.py", "hume_secret_key = \"%s\"\n", g.alnum(64)),
	}, decoy("X run", ".env.example", "HUME_SECRET_KEY="+x("x", 64)+"\n"),
		decoy("env reference", ".env", "HUME_SECRET_KEY=${HUME_SECRET_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.alnum(64)+"\n"))
	add("playht-secret-key", []provTP{
		tp(".env", "PLAYHT_API_KEY=%s\n", g.hex(32)),
		tp("config.json", "{\"playHtSecretKey\": \"x\", \"playht_secret_key\": \"%s\"}\n", g.hex(32)),
	}, decoy("X run", ".env.example", "PLAYHT_API_KEY="+x("x", 32)+"\n"),
		decoy("env reference", ".env", "PLAYHT_API_KEY=${PLAYHT_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.hex(32)+"\n"),
		decoy("upper case", ".env", "PLAYHT_API_KEY="+strings.ToUpper(g.hex(32))+"\n"))
	add("revai-access-token", []provTP{
		tp(".env", "REVAI_ACCESS_TOKEN=%s\n", "02"+g.url64(66)),
		tp("app.py", "client = apiclient.RevAiAPIClient(x)\nrev_ai_token = \"%s\"\n", "02"+g.url64(66)),
	}, decoy("X run", ".env.example", "REVAI_ACCESS_TOKEN="+"02"+x("x", 66)+"\n"),
		decoy("env reference", ".env", "REVAI_ACCESS_TOKEN=${REVAI_ACCESS_TOKEN}\n"),
		decoy("no provider name", ".env", "API_KEY="+"02"+g.url64(66)+"\n"))
	add("braintrust-api-key", []provTP{
		tp(".env", "BRAINTRUST_API_KEY=%s\n", "sk-"+g.alnum(48)),
		tp("config.yaml", "braintrust_api_key: %s\n", "sk-"+g.alnum(48)),
	}, decoy("X run", ".env.example", "BRAINTRUST_API_KEY="+"sk-"+x("x", 48)+"\n"),
		decoy("env reference", ".env", "BRAINTRUST_API_KEY=${BRAINTRUST_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+"sk-"+g.alnum(48)+"\n"))
	add("portkey-api-key", []provTP{
		tp(".env", "PORTKEY_API_KEY=%s\n", g.std64(32)),
		tp("client.ts", "const portkeyApiKey = \"%s\";\n", g.std64(32)),
	}, decoy("X run", ".env.example", "PORTKEY_API_KEY="+x("x", 32)+"\n"),
		decoy("env reference", ".env", "PORTKEY_API_KEY=${PORTKEY_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.std64(32)+"\n"))
	add("arize-api-key", []provTP{
		tp(".env", "ARIZE_API_KEY=%s\n", "ak-"+g.guid()+"-"+g.url64(40)),
		tp("client.ts", "const arizeApiKey = \"%s\";\n", "ak-"+g.guid()+"-"+g.url64(40)),
	}, decoy("X run", ".env.example", "ARIZE_API_KEY="+"ak-"+x("x", 60)+"\n"),
		decoy("env reference", ".env", "ARIZE_API_KEY=${ARIZE_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+"ak-"+g.guid()+"-"+g.url64(40)+"\n"))
	add("exa-api-key", []provTP{
		tp(".env", "EXA_API_KEY=%s\n", g.guid()),
		tp("app.py", "exa = Exa(EXA)\nexa_api_key = \"%s\"\n", g.guid()),
	}, decoy("X run", ".env.example", "EXA_API_KEY="+x("0", 8)+"-"+x("0", 4)+"-"+x("0", 4)+"-"+x("0", 4)+"-"+x("0", 12)+"\n"),
		decoy("env reference", ".env", "EXA_API_KEY=${EXA_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.guid()+"\n"))
	add("serpapi-api-key", []provTP{
		tp(".env", "SERPAPI_API_KEY=%s\n", g.hex(64)),
		tp("app.py", "params = {\"engine\": \"google\", \"serpapi_key\": \"%s\"}\n", g.hex(64)),
	}, decoy("X run", ".env.example", "SERPAPI_API_KEY="+x("x", 64)+"\n"),
		decoy("env reference", ".env", "SERPAPI_API_KEY=${SERPAPI_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.hex(64)+"\n"),
		decoy("upper case", ".env", "SERPAPI_API_KEY="+strings.ToUpper(g.hex(64))+"\n"))
	add("serper-api-key", []provTP{
		tp(".env", "SERPER_API_KEY=%s\n", g.hex(40)),
		tp("client.ts", "const serperKey = \"%s\";\n", g.hex(40)),
	}, decoy("X run", ".env.example", "SERPER_API_KEY="+x("x", 40)+"\n"),
		decoy("env reference", ".env", "SERPER_API_KEY=${SERPER_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.hex(40)+"\n"),
		decoy("upper case", ".env", "SERPER_API_KEY="+strings.ToUpper(g.hex(40))+"\n"))
	add("brave-search-api-key", []provTP{
		tp(".env", "BRAVE_API_KEY=%s\n", "BSA"+g.alnum(28)),
		tp("config.json", "{\"mcpServers\": {\"brave-search\": {\"env\": {\"BRAVE_API_KEY\": \"%s\"}}}}\n", "BSA"+g.alnum(28)),
	}, decoy("X run", ".env.example", "BRAVE_API_KEY="+"BSA"+x("x", 28)+"\n"),
		decoy("env reference", ".env", "BRAVE_API_KEY=${BRAVE_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+"BSA"+g.alnum(28)+"\n"))
	add("youcom-api-key", []provTP{
		tp(".env", "YDC_API_KEY=%s\n", g.guid()+"<__>"+g.alnum(28)),
		tp("config.yaml", "ydc_api_key: \"%s\"\n", g.guid()+"<__>"+g.alnum(28)),
	}, decoy("X run", ".env.example", "YDC_API_KEY="+x("x", 60)+"\n"),
		decoy("env reference", ".env", "YDC_API_KEY=${YDC_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.guid()+"<__>"+g.alnum(28)+"\n"))
	add("bing-search-api-key", []provTP{
		tp(".env", "BING_SEARCH_V7_SUBSCRIPTION_KEY=%s\n", g.hex(32)),
		tp("app.py", "BingSearchAPIWrapper(bing_subscription_key=\"%s\")\n", g.hex(32)),
	}, decoy("X run", ".env.example", "BING_SEARCH_V7_SUBSCRIPTION_KEY="+x("x", 32)+"\n"),
		decoy("env reference", ".env", "BING_SEARCH_V7_SUBSCRIPTION_KEY=${BING_SEARCH_V7_SUBSCRIPTION_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.hex(32)+"\n"),
		decoy("upper case", ".env", "BING_SEARCH_V7_SUBSCRIPTION_KEY="+strings.ToUpper(g.hex(32))+"\n"))
	add("dashscope-api-key", []provTP{
		tp(".env", "DASHSCOPE_API_KEY=%s\n", "sk-"+g.hex(32)),
		tp("app.py", "dashscope.api_key = \"%s\"\n", "sk-"+g.hex(32)),
	}, decoy("X run", ".env.example", "DASHSCOPE_API_KEY="+"sk-"+x("x", 32)+"\n"),
		decoy("env reference", ".env", "DASHSCOPE_API_KEY=${DASHSCOPE_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+"sk-"+g.hex(32)+"\n"))
	add("moonshot-api-key", []provTP{
		tp(".env", "MOONSHOT_API_KEY=%s\n", "sk-"+g.alnum(48)),
		tp("client.ts", "const moonshotApiKey = \"%s\";\n", "sk-"+g.alnum(48)),
	}, decoy("X run", ".env.example", "MOONSHOT_API_KEY="+"sk-"+x("x", 48)+"\n"),
		decoy("env reference", ".env", "MOONSHOT_API_KEY=${MOONSHOT_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+"sk-"+g.alnum(48)+"\n"))
	add("zhipu-api-key", []provTP{
		tp(".env", "ZHIPUAI_API_KEY=%s\n", g.hex(32)+"."+g.alnum(16)),
		tp("app.py", "llm = ZhipuAILLM(temperature=0.7, zhipuai_api_key=\"%s\")\n", g.hex(32)+"."+g.alnum(16)),
	}, decoy("X run", ".env.example", "ZHIPUAI_API_KEY="+x("0", 32)+"."+x("x", 16)+"\n"),
		decoy("env reference", ".env", "ZHIPUAI_API_KEY=${ZHIPUAI_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+g.hex(32)+"."+g.alnum(16)+"\n"))
	add("siliconflow-api-key", []provTP{
		tp(".env", "SILICONFLOW_API_KEY=%s\n", "sk-"+g.draw("abcdefghijklmnopqrstuvwxyz", 48)),
		tp("app.py", "siliconflow:\n  api_key: x\nsiliconflow_api_key: \"%s\"\n", "sk-"+g.draw("abcdefghijklmnopqrstuvwxyz", 48)),
	}, decoy("X run", ".env.example", "SILICONFLOW_API_KEY="+"sk-"+x("x", 48)+"\n"),
		decoy("env reference", ".env", "SILICONFLOW_API_KEY=${SILICONFLOW_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+"sk-"+g.draw("abcdefghijklmnopqrstuvwxyz", 48)+"\n"))
	add("mem0-api-key", []provTP{
		tp(".env", "MEM0_API_KEY=%s\n", "m0-"+g.alnum(40)),
		tp("app.py", "client = MemoryClient(api_key=x)\nmem0_api_key = \"%s\"\n", "m0-"+g.alnum(40)),
	}, decoy("X run", ".env.example", "MEM0_API_KEY="+"m0-"+x("x", 40)+"\n"),
		decoy("env reference", ".env", "MEM0_API_KEY=${MEM0_API_KEY}\n"),
		decoy("no provider name", ".env", "API_KEY="+"m0-"+g.alnum(40)+"\n"))
	return cs
}
