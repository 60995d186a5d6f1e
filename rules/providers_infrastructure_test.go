package rules_test

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/secretvet/secretvet/rules"
)

// The tables of rules/infrastructure.toml. Every token is built from the
// seeded generator or from parts: the project scans itself.

func init() { moreProviderCases = append(moreProviderCases, infrastructureCases) }

// infrastructureB64Tail draws n base64 characters whose last one has its
// low bits zero, so that a key of 43+"=" or 86+"==" characters decodes
// strictly (real keys are base64 of whole bytes).
func infrastructureB64Tail(g *tokenGen, n int, alphabet string) string {
	return g.std64(n-1) + g.draw(alphabet, 1)
}

// infrastructureCosmosKey is an identifiable Cosmos DB key: 76 + ACDb + 5 +
// [AQgw] + "==" (64 bytes).
func infrastructureCosmosKey(g *tokenGen) string {
	return g.std64(76) + "AC" + "Db" + g.std64(5) + g.draw("AQgw", 1) + "=="
}

// infrastructureKubeKeyData is the base64 of a PEM private key, as
// kubeconfig's client-key-data holds it.
func infrastructureKubeKeyData(g *tokenGen) string {
	raw := base64.StdEncoding.EncodeToString(g.bytes(1190))
	var lines []string
	for len(raw) > 64 {
		lines = append(lines, raw[:64])
		raw = raw[64:]
	}
	lines = append(lines, raw)
	label := "RSA " + "PRIVATE KEY"
	pem := "-----BEGIN " + label + "-----\n" + strings.Join(lines, "\n") + "\n-----END " + label + "-----\n"
	return base64.StdEncoding.EncodeToString([]byte(pem))
}

func infrastructureCases(_ *tokenGen) []provCase {
	// A generator of its own: drawing from the shared one would change
	// every other table's tokens.
	g := newTokenGen(20260611)
	var cs []provCase
	add := func(rule string, tps []provTP, decoys ...provDecoy) {
		cs = append(cs, provCase{rule: rule, tps: tps, decoy: decoys})
	}
	x := strings.Repeat

	// --- Tencent Cloud
	add("tencent-cloud-secret-id", []provTP{
		tp("main.py", "cred = credential.Credential(\"%s\", os.environ[\"TENCENTCLOUD_SECRET_KEY\"])\n", "AKID"+g.alnum(32)),
		tp(".env", "TENCENTCLOUD_SECRET_ID=%s\n", "AKID"+g.alnum(32)),
	}, decoy("documentation example", "README.md", "SecretId: AKID"+g.alnum(25)+"EXAM"+"PLE\n"),
		decoy("one short", "x.txt", "id = \"AKID"+g.alnum(31)+"\"\n"),
		decoy("X run", ".env.example", "TENCENTCLOUD_SECRET_ID=AKID"+x("X", 32)+"\n"))
	add("tencent-cloud-secret-key", []provTP{
		tp(".env", "TENCENTCLOUD_SECRET_KEY=%s\n", g.alnum(32)),
		tp("cos.tf", "provider \"tencentcloud\" {\n  secret_id  = \"AKID"+g.alnum(32)+"\"\n  secret_key = \"%s\"\n}\n", g.alnum(32)),
		tp("main.py", "cred = credential.Credential(\"AKID"+g.alnum(32)+"\", \"%s\")\n", g.alnum(32)),
	}, decoy("env reference", "main.py", "secret_key = os.environ[\"TENCENTCLOUD_SECRET_KEY\"]\n"),
		decoy("X run", ".env.example", "TENCENTCLOUD_SECRET_KEY="+x("x", 32)+"\n"),
		decoy("no provider name", ".env", "SECRET_KEY="+g.alnum(32)+"\n"))

	// --- Huawei Cloud
	add("huawei-cloud-secret-key", []provTP{
		tp(".env", "HUAWEICLOUD_SDK_SK=%s\n", g.alnum(40)),
		tp("provider.tf", "provider \"huaweicloud\" {\n  region     = \"ap-southeast-1\"\n}\n# export HW_SECRET_KEY=\"%s\"\n", g.alnum(40)),
	}, decoy("access key (AK)", ".env", "HUAWEICLOUD_SDK_AK="+g.up(20)+"\n"),
		decoy("env reference", "ci.yml", "HUAWEICLOUD_SDK_SK: ${{ secrets.HUAWEICLOUD_SDK_SK }}\n"),
		decoy("one short", ".env", "HUAWEICLOUD_SDK_SK="+g.alnum(39)+"\n"))

	// --- Volcengine
	volcAK := func() string { return "AKLT" + base64.RawStdEncoding.EncodeToString([]byte(g.hex(32))) }
	volcSK := func() string {
		return base64.StdEncoding.EncodeToString([]byte(base64.RawStdEncoding.EncodeToString([]byte(g.hex(32)))))
	}
	add("volcengine-access-key-id", []provTP{
		tp(".env", "VOLCENGINE_ACCESS_KEY=%s\n", volcAK()),
		tp("client.go", "cfg := volcengine.NewConfig().WithAkSk(\"%s\", os.Getenv(\"VOLC_SK\"))\n", volcAK()),
	}, decoy("placeholder", "README.md", "export VOLCENGINE_ACCESS_KEY=AKLT...\n"),
		decoy("too short", "x.txt", "AKLT"+g.alnum(20)+"\n"))
	add("volcengine-secret-access-key", []provTP{
		tp(".env", "VOLCENGINE_SECRET_KEY=%s\n", volcSK()),
		tp("config.json", "{\"ak\":\""+volcAK()+"\",\"sk\":\"%s\"}\n", volcSK()),
	}, decoy("placeholder", "README.md", "export VOLC_SECRETKEY=\"your sk\"\n"),
		decoy("env reference", "main.ts", "const sk = process.env.VOLCENGINE_SECRET_KEY;\n"),
		decoy("X run", ".env.example", "VOLCENGINE_SECRET_KEY="+x("X", 60)+"\n"))

	// --- Baidu
	add("baidu-cloud-secret-key", []provTP{
		tp(".env", "BCE_SECRET_ACCESS_KEY=%s\n", g.hex(32)),
		tp("llm.py", "os.environ[\"QIANFAN_SK\"] = \"x\"\nqianfan_secret_key = \"%s\"\n", g.alnum(32)),
	}, decoy("access key id", ".env", "BCE_ACCESS_KEY_ID="+g.hex(32)+"\n"),
		decoy("zeros", ".env.example", "BCE_SECRET_ACCESS_KEY="+x("0", 32)+"\n"),
		decoy("env reference", "app.py", "sk = os.getenv(\"BAIDU_SECRET_KEY\")\n"))

	// --- Oracle Cloud
	ociTok := func() string { return g.alnum(6) + "(" + g.alnum(5) + ">" + g.alnum(3) + "_" + g.alnum(3) }
	add("oracle-cloud-auth-token", []provTP{
		tp(".env", "OCI_AUTH_TOKEN=\"%s\"\n", ociTok()),
		tp("push.sh", "docker login iad.ocir.io -u 'tenancy/oracleidentitycloudservice/me@example.com' -p '%s'\n", ociTok()),
	}, decoy("API signing key config", "config", "[DEFAULT]\nuser=ocid1.user.oc1..aaaa\nfingerprint=20:3b:97:13:55:1c:5b:0d:d3:37:d8:50:4e:c5:3a:34\nkey_file=~/.oci/oci_api_key.pem\n"),
		decoy("env reference", "push.sh", "echo \"$OCI_AUTH_TOKEN\" | docker login iad.ocir.io -u user --password-stdin\n"),
		decoy("placeholder", "README.md", "OCI_AUTH_TOKEN=\"${OCI_AUTH_TOKEN_VALUE}\"\n"),
		decoy("oci inside another word", "settings.py", "SOCIAL_AUTH_TOKEN = \""+g.alnum(20)+"\"\n"))
	add("oracle-cloud-customer-secret-key", []provTP{
		tp(".env", "OCI_SECRET_KEY=%s\n", infrastructureB64Tail(g, 43, "AEIMQUYcgkosw048")+"="),
		tp("s3.tf", "oracle_customer_secret = \"%s\"\n", infrastructureB64Tail(g, 43, "AEIMQUYcgkosw048")+"="),
	}, decoy("access key (40 hex)", ".env", "OCI_ACCESS_KEY="+g.hex(40)+"\n"),
		decoy("env reference", "s3.tf", "oci_secret_key = var.oci_secret_key\n"))

	// --- Vultr, Exoscale, OVH
	add("vultr-api-key", []provTP{
		tp(".env", "VULTR_API_KEY=%s\n", g.up(36)),
		tp("terraform.tfvars", "vultr_api_key = \"%s\"\nregion        = \"ewr\"\n", g.up(36)),
	}, decoy("placeholder", "README.md", "export VULTR_API_KEY=\"YYYY\"\n"),
		decoy("lower case", ".env", "VULTR_API_KEY="+g.low(36)+"\n"),
		decoy("env reference", "deploy.sh", "VULTR_API_KEY=\"${1:?Usage: $0 <key>}\"\n"))
	exoKey := func() string { return "EXO" + g.hex(24) }
	add("exoscale-api-secret", []provTP{
		tp(".env", "EXOSCALE_API_KEY="+exoKey()+"\nEXOSCALE_API_SECRET=%s\n", g.url64(43)),
		tp("config.toml", "[[profiles]]\nname = \"alice\"\napi_key = \""+exoKey()+"\"\napi_secret = \"%s\"\n", g.url64(43)),
	}, decoy("placeholder", "config.toml", "api_key = \"EXOa1b2c3...\"\napi_secret = \"...\"\n"),
		decoy("key only", ".env", "EXOSCALE_API_KEY="+exoKey()+"\n"),
		decoy("env reference", "provider.tf", "secret = var.exoscale_secret\n"))
	add("ovh-application-secret", []provTP{
		tp("ovh.conf", "[default]\nendpoint=ovh-eu\n\n[ovh-eu]\napplication_key="+g.alnum(16)+"\napplication_secret=%s\nconsumer_key="+g.alnum(32)+"\n", g.alnum(32)),
		tp(".env", "OVH_APPLICATION_SECRET=%s\n", g.alnum(32)),
	}, decoy("placeholder", "ovh.conf", "[ovh-eu]\napplication_secret=my_application_secret\n"),
		decoy("no OVH context", "settings.ini", "application_secret="+g.alnum(32)+"\n"))
	add("ovh-consumer-key", []provTP{
		tp("api.py", "client = ovh.Client(\n    endpoint='ovh-eu',\n    application_key='"+g.alnum(16)+"',\n    consumer_key='%s',\n)\n", g.alnum(32)),
		tp(".env", "OVH_CONSUMER_KEY=%s\n", g.alnum(32)),
	}, decoy("env reference", "api.py", "client = ovh.Client(endpoint='ovh-eu', consumer_key=os.environ['OVH_CONSUMER_KEY'])\n"),
		decoy("X run", ".env.example", "OVH_CONSUMER_KEY="+x("x", 32)+"\n"))

	// --- Backblaze, Wasabi, Akamai, Bunny
	add("backblaze-b2-application-key", []provTP{
		tp(".env", "B2_APPLICATION_KEY=%s\n", "K00"+g.draw("12345", 1)+g.std64(27)),
		tp("upload.py", "b2_api.authorize_account(\"production\", \"0014aa9865d6f0000000000b0\", \"%s\")\n", "K00"+g.draw("12345", 1)+g.std64(27)),
	}, decoy("documented example", "docs.md", "Looks like this: K0014pbwo1zx"+"cIVMnqSNTfWHReU/O3s\n"),
		decoy("one short", ".env", "B2_APPLICATION_KEY=K001"+g.alnum(26)+"\n"),
		decoy("X run", ".env.example", "B2_APPLICATION_KEY=K001"+x("x", 27)+"\n"))
	add("wasabi-secret-key", []provTP{
		tp(".env", "WASABI_SECRET_KEY=%s\n", g.std64(40)),
		tp("rclone.sh", "export WASABI_SECRET_ACCESS_KEY=%s\n", g.std64(40)),
	}, decoy("access key", ".env", "WASABI_ACCESS_KEY="+g.up(20)+"\n"),
		decoy("X run", ".env.example", "WASABI_SECRET_KEY="+x("X", 40)+"\n"))
	akamaiSecret := func() string { return g.std64(43) + "=" }
	add("akamai-edgegrid-client-secret", []provTP{
		tp(".edgerc", "[default]\nclient_secret = %s\nhost = akab-"+g.low(16)+"-"+g.low(16)+".luna.akamaiapis.net\naccess_token = akab-"+g.low(16)+"-"+g.low(16)+"\nclient_token = akab-"+g.low(16)+"-"+g.low(16)+"\n", akamaiSecret()),
		tp(".env", "AKAMAI_CLIENT_SECRET=%s\n", akamaiSecret()),
	}, decoy("documentation example", ".edgerc", "[default]\nclient_secret = C113nt"+"53KR3TN6N90"+"yVuAgICxIRwsObLi0E67/N8eRN=\nhost = akab-h05tnam3wl42son7nktnlnnx-kbob3i3v.luna.akamaiapis.net\n"),
		decoy("client secret without Akamai context", "config.ini", "[oauth]\nclient_secret = "+akamaiSecret()+"\nredirect = https://example.com/cb\n"),
		decoy("env reference", ".env", "AKAMAI_CLIENT_SECRET=${EDGEGRID_SECRET}\n"))
	bunnyKey := func() string { return g.guid() + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(12) }
	add("bunny-api-key", []provTP{
		tp(".env", "BUNNY_API_KEY=%s\n", bunnyKey()),
		tp("upload.js", "const BUNNY_STORAGE_PASSWORD = '%s';\n", g.hex(8)+"-"+g.hex(4)+"-"+g.hex(4)+"-"+g.hex(12)+"-"+g.hex(4)+"-"+g.hex(4)),
	}, decoy("video id (not a key name)", ".env", "BUNNY_VIDEO_ID="+g.guid()+"\n"),
		decoy("placeholder", "README.md", "BUNNY_STORAGE_PASSWORD=your-access-key-here\n"))

	// --- AWS MWS
	add("aws-mws-auth-token", []provTP{
		tp(".env", "MWS_AUTH_TOKEN=%s\n", "amzn.mws."+g.guid()),
		tp("orders.py", "params = {\"SellerId\": \"A1\", \"MWSAuthToken\": \"%s\"}\n", "amzn.mws."+g.guid()),
	}, decoy("placeholder", "README.md", "MWSAuthToken=amzn.mws.xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n"),
		decoy("short uuid", "x.txt", "amzn.mws."+g.hex(8)+"-"+g.hex(4)+"\n"))

	// --- Azure identifiable keys
	add("azure-cosmosdb-key", []provTP{
		tp(".env", "COSMOS_KEY=%s\n", infrastructureCosmosKey(g)),
		tp("appsettings.json", "{ \"CosmosDb\": { \"Endpoint\": \"https://acct.documents.azure.com:443/\", \"Key\": \"%s\" } }\n", infrastructureCosmosKey(g)),
	}, decoyAllowing("azure-storage-account-key", "connection string (reported by azure-storage-account-key)", "appsettings.json",
		"\"Cosmos\": \"AccountEndpoint=https://acct.documents.azure.com:443/;AccountKey="+infrastructureCosmosKey(g)+";\"\n"),
		decoy("not 64 bytes", ".env", "COSMOS_KEY="+g.std64(76)+"AC"+"Db"+g.std64(5)+"B==\n"),
		decoy("no signature", ".env", "COSMOS_KEY="+g.std64(86)+"==\n"))
	searchKey := func() string { return g.alnum(42) + "Az" + "Se" + g.draw("ABCD", 1) + g.alnum(5) }
	add("azure-search-key", []provTP{
		tp(".env", "AZURE_SEARCH_ADMIN_KEY=%s\n", searchKey()),
		tp("search.py", "client = SearchClient(endpoint, \"hotels\", AzureKeyCredential(\"%s\"))\n", searchKey()),
	}, decoy("old 32-hex key", ".env", "AZURE_SEARCH_ADMIN_KEY="+strings.ToUpper(g.hex(32))+"\n"),
		decoy("wrong signature position", "x.txt", g.alnum(40)+"AzSe"+"A"+g.alnum(7)+"\n"))
	funcKey := func() string { return g.url64(44) + "Az" + "Fu" + g.url64(5) + g.draw("AQgw", 1) + "==" }
	add("azure-function-key", []provTP{
		tp("local.settings.json", "{ \"FUNCTION_KEY\": \"%s\" }\n", funcKey()),
		tp("call.sh", "curl -H \"x-functions-key: %s\" https://app.azurewebsites.net/api/hello\n", funcKey()),
	}, decoy("no signature", "x.txt", "key: "+g.url64(56)+"\n"),
		decoy("wrong tail", "x.txt", "key: "+g.url64(44)+"AzFu"+g.url64(5)+"B==\n"))
	add("azure-function-key-url", []provTP{
		tp("README.md", "curl \"https://myapp.azurewebsites.net/api/HttpTrigger1?code=%s\"\n", g.url64(54)+"=="),
		tp("client.ts", "await fetch(url, { headers: { 'x-functions-key': '%s' } });\n", g.url64(54)+"=="),
	}, decoyAllowing("azure-function-key", "identifiable key in the URL (reported by azure-function-key)", "README.md",
		"curl \"https://myapp.azurewebsites.net/api/HttpTrigger1?code="+funcKey()+"\"\n"),
		decoy("placeholder", "README.md", "curl \"https://myapp.azurewebsites.net/api/HttpTrigger1?code=<your-function-key>\"\n"),
		decoy("X run", "README.md", "x-functions-key: "+x("X", 56)+"\n"))
	acrPass := func() string { return g.std64(42) + "+AC" + "R" + g.draw("ABCD", 1) + g.std64(5) }
	add("azure-container-registry-password", []provTP{
		tp("push.sh", "docker login myregistry.azurecr.io -u myregistry -p '%s'\n", acrPass()),
		tp(".env", "ACR_PASSWORD=%s\n", acrPass()),
	}, decoy("wrong signature letter", ".env", "ACR_PASSWORD="+g.std64(42)+"+ACR"+"E"+g.std64(5)+"\n"),
		decoy("env reference", "push.sh", "docker login myregistry.azurecr.io -u myregistry -p \"$ACR_PASSWORD\"\n"))
	redisKey := func() string {
		return g.std64(33) + "Az" + "Ca" + g.draw("ABCDEFGHIJKLMNOP", 1) + infrastructureB64Tail(g, 5, "AEIMQUYcgkosw048") + "="
	}
	add("azure-cache-for-redis-key", []provTP{
		tp(".env", "REDIS_KEY=%s\n", redisKey()),
		tp("appsettings.json", "{ \"Redis\": { \"Host\": \"cache.redis.cache.windows.net\", \"AccessKey\": \"%s\" } }\n", redisKey()),
	}, decoy("not 32 bytes", ".env", "REDIS_KEY="+g.std64(33)+"AzCa"+"A"+g.std64(4)+"B=\n"),
		decoy("no signature", ".env", "REDIS_KEY="+g.std64(43)+"=\n"))
	add("azure-app-configuration-connection-string", []provTP{
		tp("appsettings.json", "{ \"AppConfig\": \"Endpoint=https://contoso.azconfig.io;Id="+g.alnum(4)+"-l0-s0:"+g.alnum(20)+";Secret=%s\" }\n", g.std64(43)+"="),
		tp(".env", "APP_CONFIG_CONNECTION_STRING=Endpoint=https://prod-settings.azconfig.io;Id="+g.alnum(12)+";Secret=%s\n", g.std64(43)+"="),
	}, decoy("endpoint only", "appsettings.json", "{ \"Endpoint\": \"https://contoso.azconfig.io\" }\n"),
		decoy("placeholder", "README.md", "Endpoint=https://contoso.azconfig.io;Id=<id>;Secret=<secret>\n"))

	// --- Platforms
	add("railway-api-token", []provTP{
		tp(".env", "RAILWAY_TOKEN=%s\n", g.guid()),
		tp("deploy.yml", "env:\n  RAILWAY_API_TOKEN: %s\n", g.guid()),
	}, decoy("secret reference", "deploy.yml", "env:\n  RAILWAY_TOKEN: ${{ secrets.RAILWAY_TOKEN }}\n"),
		decoy("project id", ".env", "RAILWAY_PROJECT_ID="+g.guid()+"\n"))
	add("koyeb-api-token", []provTP{
		tp(".env", "KOYEB_TOKEN=%s\n", g.alnum(64)),
		tp("deploy.yml", "- uses: koyeb-community/install-koyeb-cli@v2\n  with:\n    api_token: x\n  env:\n    KOYEB_API_KEY: %s\n", g.alnum(64)),
	}, decoy("X run", ".env.example", "KOYEB_TOKEN="+x("x", 64)+"\n"),
		decoy("secret reference", "deploy.yml", "KOYEB_TOKEN: ${{ secrets.KOYEB_TOKEN }}\n"))
	add("northflank-api-token", []provTP{
		tp(".env", "NORTHFLANK_API_TOKEN=%s\n", g.jwt(`{"id":"`+g.hex(24)+`","tokenType":"api"}`)),
		tp("sandbox.ts", "const client = new ApiClient({ northflankToken: \"%s\" });\n", g.jwt(`{"teamId":"`+g.hex(24)+`"}`)),
	}, decoy("placeholder", "README.md", "NORTHFLANK_API_TOKEN=<your-token> npm run sandbox\n"),
		decoyAllowing("jwt", "JWT without a Northflank name (reported by jwt)", ".env", "API_TOKEN="+g.jwt(`{"id":"`+g.hex(24)+`"}`)+"\n"))

	// --- Kubernetes, Nomad, Consul
	add("kubeconfig-client-key-data", []provTP{
		tp("kubeconfig", "users:\n- name: admin\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJU\n    client-key-data: %s\n", infrastructureKubeKeyData(g)),
		tp("config.json", "{\"users\":[{\"name\":\"ci\",\"user\":{\"client-key-data\":\"%s\"}}]}\n", infrastructureKubeKeyData(g)),
	}, decoy("certificate data", "kubeconfig", "users:\n- name: admin\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t"+g.std64(300)+"\n"),
		decoy("env reference", "kubeconfig", "    client-key-data: ${CLIENT_KEY_DATA}\n"),
		decoy("truncated", "kubeconfig", "    client-key-data: LS0tLS1CRUdJTi"+g.std64(40)+"\n"))
	add("kubeconfig-user-token", []provTP{
		tp("kubeconfig", "users:\n- name: deployer\n  user:\n    token: %s\n", g.alnum(48)),
		tp("ci/kubeconfig.yaml", "users:\n  - name: ci\n    user:\n      as: ci-bot\n      token: \"%s\"\n", g.alnum(64)),
	}, decoyAllowing("jwt", "service account JWT (reported by jwt)", "kubeconfig",
		"users:\n- name: sa\n  user:\n    token: "+g.jwt(`{"iss":"kubernetes/serviceaccount","sub":"system:serviceaccount:ci:deployer"}`)+"\n"),
		decoy("placeholder", "kubeconfig", "users:\n- name: deployer\n  user:\n    token: <TOKEN>\n"),
		decoy("X run", "kubeconfig", "users:\n- name: deployer\n  user:\n    token: "+x("x", 40)+"\n"))
	bootTok := func() string { return g.low(6) + "." + g.low(16) }
	add("kubernetes-bootstrap-token", []provTP{
		tp("join.sh", "kubeadm join 10.0.0.10:6443 --token %s --discovery-token-ca-cert-hash sha256:"+g.hex(64)+"\n", bootTok()),
		tp("kubeadm.yaml", "apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nbootstrapTokens:\n- token: \"%s\"\n  ttl: \"24h\"\n", bootTok()),
		tp("kubeconfig", "users:\n- name: tls-bootstrap-token-user\n  user:\n    token: %s\n", bootTok()),
	}, decoy("documentation example", "kubeadm.yaml", "bootstrapTokens:\n- token: \"abcdef"+".0123456789abcdef\"\n"),
		decoy("upper case", "join.sh", "kubeadm join 10.0.0.10:6443 --token "+g.up(6)+"."+g.up(16)+"\n"),
		decoy("env reference", "join.sh", "kubeadm join 10.0.0.10:6443 --token $JOIN_TOKEN\n"))
	add("nomad-acl-token", []provTP{
		tp(".env", "NOMAD_TOKEN=%s\n", g.guid()),
		tp("deploy.sh", "nomad job run -token=%s app.nomad.hcl\n", g.guid()),
	}, decoy("accessor id", ".env", "NOMAD_ACCESSOR="+g.guid()+"\n"),
		decoy("env reference", "deploy.sh", "nomad job run -token=\"$NOMAD_TOKEN\" app.nomad.hcl\n"))
	add("consul-acl-token", []provTP{
		tp(".env", "CONSUL_HTTP_TOKEN=%s\n", g.guid()),
		tp("consul.hcl", "acl {\n  enabled = true\n  tokens {\n    initial_management = \"%s\"\n  }\n}\n", g.guid()),
		tp("check.sh", "curl -H \"X-Consul-Token: %s\" http://127.0.0.1:8500/v1/agent/members\n", g.guid()),
	}, decoy("anonymous token", "consul.hcl", "CONSUL_HTTP_TOKEN=00000000-0000-0000-0000-000000000002\n"),
		decoy("env reference", "check.sh", "curl -H \"X-Consul-Token: $CONSUL_HTTP_TOKEN\" http://127.0.0.1:8500/v1/agent/members\n"))

	// --- Secrets managers
	add("infisical-service-token", []provTP{
		tp(".env", "INFISICAL_TOKEN=%s\n", "st."+g.guid()+"."+g.hex(32)+"."+g.hex(32)),
		tp("Dockerfile", "ENV INFISICAL_TOKEN=%s\n", "st."+g.hex(24)+"."+g.hex(32)+"."+g.hex(32)),
	}, decoy("placeholder", "README.md", "INFISICAL_TOKEN=st.abc.def.ghi\n"),
		decoy("short secret", ".env", "INFISICAL_TOKEN=st."+g.hex(24)+"."+g.hex(16)+"\n"),
		decoy("code", "app.js", "const st = list.filter(x => x);\nconst y = st.a1b2;\n"))
	akeylessKey := func() string { return g.std64(43) + "=" }
	add("akeyless-access-key", []provTP{
		tp(".env", "AKEYLESS_ACCESS_ID=p-"+g.low(12)+"\nAKEYLESS_ACCESS_KEY=%s\n", akeylessKey()),
		tp("login.sh", "akeyless auth --access-id p-"+g.low(12)+" --access-key %s\n", akeylessKey()),
	}, decoy("access id only", ".env", "AKEYLESS_ACCESS_ID=p-"+g.low(12)+"\n"),
		decoy("placeholder", ".env.example", "AKEYLESS_ACCESS_KEY=\"access_key_value\"\n"))

	// --- Managed databases
	upstashTok := func() string { return "A" + g.draw("XYZ", 1) + g.std64(60) + "=" }
	add("upstash-redis-rest-token", []provTP{
		tp(".env", "UPSTASH_REDIS_REST_TOKEN=%s\n", upstashTok()),
		tp("redis.ts", "export const redis = new Redis({\n  url: 'https://enormous-wolf-49215.upstash.io',\n  token: '%s',\n});\n", upstashTok()),
		tp(".env.local", "KV_REST_API_READ_ONLY_TOKEN=%s\n", upstashTok()),
	}, decoy("env reference", "redis.ts", "export const redis = new Redis({ url: process.env.UPSTASH_REDIS_REST_URL, token: process.env.UPSTASH_REDIS_REST_TOKEN });\n"),
		decoy("X run", ".env.example", "UPSTASH_REDIS_REST_TOKEN=A"+x("X", 60)+"\n"))
	qstash := func() string {
		return base64.StdEncoding.EncodeToString([]byte(`{"UserID":"` + g.guid() + `","Password":"` + g.hex(32) + `"}`))
	}
	add("upstash-qstash-token", []provTP{
		tp(".env", "QSTASH_TOKEN=%s\n", qstash()),
		tp("qstash.ts", "const client = new Client({ token: \"%s\" });\n", qstash()),
	}, decoy("placeholder", "README.md", "QSTASH_TOKEN=ey...\n"),
		decoy("truncated", "README.md", "QSTASH_TOKEN=eyJVc2VySUQiOi"+"JhYmMi\n"))
	tursoJWT := func() string {
		enc := base64.RawURLEncoding.EncodeToString
		return enc([]byte(`{"alg":"EdDSA","typ":"JWT"}`)) + "." + enc([]byte(`{"a":"rw","iat":1700000000,"id":"`+g.guid()+`"}`)) + "." + enc(g.bytes(64))
	}
	add("turso-auth-token", []provTP{
		tp(".env", "TURSO_AUTH_TOKEN=%s\n", tursoJWT()),
		tp("db.ts", "const db = createClient({ url: \"libsql://app-org.turso.io?authToken=%s\" });\n", tursoJWT()),
	}, decoy("env reference", "db.ts", "const db = createClient({ url: process.env.TURSO_DATABASE_URL, authToken: process.env.TURSO_AUTH_TOKEN });\n"),
		decoy("placeholder", ".env.example", "TURSO_AUTH_TOKEN=your-auth-token\n"))
	aivenTok := func() string { return g.std64(370) + "==" }
	add("aiven-api-token", []provTP{
		tp(".env", "AIVEN_API_TOKEN=%s\n", aivenTok()),
		tp("provider.tf", "provider \"aiven\" {\n  api_token = \"%s\"\n}\n", aivenTok()),
		tp("list.sh", "curl -H \"Authorization: aivenv1 %s\" https://api.aiven.io/v1/project\n", aivenTok()),
	}, decoy("variable", "provider.tf", "provider \"aiven\" {\n  api_token = var.aiven_api_token\n}\n"),
		decoy("placeholder", "README.md", "provider \"aiven\" {\n    api_token = \"<AIVEN_API_TOKEN>\"\n}\n"),
		decoy("token prefix only", "tokens.txt", "AIVEN_TOKEN_PREFIX="+g.std64(12)+"\n"))
	add("mongodb-atlas-service-account-secret", []provTP{
		tp(".env", "ATLAS_CLIENT_ID=mdb_sa_id_"+g.hex(24)+"\nATLAS_CLIENT_SECRET=%s\n", "mdb_sa_sk_"+g.alnum(40)),
		tp("atlas.js", "const apiKey = process.env.MONGODB_API_KEY || '%s';\n", "mdb_sa_sk_"+g.alnum(20)+"_"+g.alnum(19)),
	}, decoy("client id", ".env", "ATLAS_CLIENT_ID=mdb_sa_id_"+g.hex(24)+"\n"),
		decoy("placeholder", "form.tsx", "placeholder: 'mdb_sa_sk_…'\n"))
	add("mongodb-atlas-private-key", []provTP{
		tp(".env", "MONGODB_ATLAS_PUBLIC_KEY="+g.low(8)+"\nMONGODB_ATLAS_PRIVATE_KEY=%s\n", g.guid()),
		tp("main.tf", "provider \"mongodbatlas\" {\n  public_key  = \""+g.low(8)+"\"\n  private_key = \"%s\"\n}\n", g.guid()),
	}, decoy("project id", ".env", "MONGODB_ATLAS_PROJECT_ID="+g.hex(24)+"\n"),
		decoy("variable", "main.tf", "provider \"mongodbatlas\" {\n  private_key = var.atlas_private_key\n}\n"))
	add("snowflake-password", []provTP{
		tp(".env", "SNOWFLAKE_PASSWORD=%s\n", g.pass(16)),
		tp("load.py", "conn = snowflake.connector.connect(\n    user='etl',\n    password='%s',\n    account='xy12345',\n)\n", g.alnum(14)),
		tp("profiles.yml", "analytics:\n  outputs:\n    dev:\n      type: snowflake\n      snowflake_private_key_passphrase: %s\n", g.alnum(20)),
	}, decoy("env reference", "load.py", "conn = snowflake.connector.connect(user='etl', password=os.environ['SNOWFLAKE_PASSWORD'])\n"),
		decoy("jinja reference", "profiles.yml", "      snowflake_password: \"{{ env_var('SNOWFLAKE_PASSWORD') }}\"\n"),
		decoy("placeholder", ".env.example", "SNOWFLAKE_PASSWORD=your_password\n"))
	add("cockroachdb-cloud-api-key", []provTP{
		tp("main.tf", "provider \"cockroach\" {\n  apikey = \"%s\"\n}\n", "CCDB1_"+g.alnum(22)+"_"+g.alnum(40)),
		tp(".env", "COCKROACH_API_KEY=%s\n", "CCDB1_"+g.alnum(22)+"_"+g.alnum(40)),
		tp("clusters.sh", "curl --request GET --url 'https://cockroachlabs.cloud/api/v1/clusters' --header 'Authorization: Bearer %s'\n", "CCDB1_"+g.alnum(22)+"_"+g.alnum(40)),
	}, decoy("key id only", "receipt.js", "const CREATOR_KEY_ID = \"CCDB1_"+g.alnum(22)+"\";\n"),
		decoy("test stub", "config.test.ts", "cockroachMcpApiKey: \"CCDB1_test_key_that_is_not_real\",\n"))

	// --- Registries and CI
	add("harbor-robot-secret", []provTP{
		tp("push.sh", "docker login harbor.example.com -u 'robot$library+ci' -p %s\n", g.alnum(32)),
		tp(".env", "HARBOR_ROBOT_SECRET=%s\n", g.alnum(32)),
		tp("robot.json", "{\"id\": 7, \"name\": \"robot$ci-pusher\", \"secret\": \"%s\"}\n", g.alnum(32)),
	}, decoy("env reference", "push.sh", "docker login harbor.example.com -u 'robot$library+ci' -p \"$HARBOR_SECRET\"\n"),
		decoy("X run", ".env.example", "HARBOR_ROBOT_SECRET="+x("x", 32)+"\n"))
	add("quay-robot-token", []provTP{
		tp("push.sh", "docker login -u=\"myorg+deployer\" -p=\"%s\" quay.io\n", g.up(64)),
		tp(".env", "QUAY_ROBOT_TOKEN=%s\n", g.up(64)),
	}, decoy("env reference", "push.sh", "docker login -u=\"myorg+deployer\" -p=\"$QUAY_TOKEN\" quay.io\n"),
		decoy("lower case", ".env", "QUAY_ROBOT_TOKEN="+g.low(64)+"\n"))
	add("circleci-legacy-api-token", []provTP{
		tp(".env", "CIRCLECI_TOKEN=%s\n", g.hex(40)),
		tp("trigger.sh", "curl -X POST -H \"Circle-Token: %s\" https://circleci.com/api/v2/project/gh/org/repo/pipeline\n", g.hex(40)),
	}, decoy("commit sha", "config.yml", "circleci_commit: "+g.hex(40)[:7]+"\n"),
		decoy("env reference", "trigger.sh", "curl -H \"Circle-Token: $CIRCLE_TOKEN\" https://circleci.com/api/v2/me\n"))
	add("codacy-api-token", []provTP{
		tp("ci.yml", "env:\n  CODACY_PROJECT_TOKEN: %s\n", g.hex(32)),
		tp(".env", "CODACY_API_TOKEN=%s\n", g.alnum(20)),
	}, decoy("secret reference", "ci.yml", "env:\n  CODACY_PROJECT_TOKEN: ${{ secrets.CODACY_PROJECT_TOKEN }}\n"),
		decoy("X run", ".env.example", "CODACY_API_TOKEN="+x("X", 20)+"\n"))
	add("coveralls-repo-token", []provTP{
		tp(".coveralls.yml", "service_name: travis-pro\nrepo_token: %s\n", g.alnum(33)),
		tp(".env", "COVERALLS_REPO_TOKEN=%s\n", g.alnum(32)),
	}, decoy("secret reference", "ci.yml", "COVERALLS_REPO_TOKEN: ${{ secrets.COVERALLS_REPO_TOKEN }}\n"),
		decoy("X run", ".coveralls.yml", "repo_token: "+x("x", 33)+"\n"))

	return cs
}

// TestInfrastructureKubeconfigKeyReportedOnce: the decoding pass finds the
// PEM inside client-key-data, and gitleaks' private-key would report the
// same key a second time; only kubeconfig-client-key-data reports it.
func TestInfrastructureKubeconfigKeyReportedOnce(t *testing.T) {
	t.Parallel() // one of the long tests: they share nothing mutable
	e := dynatraceEngine(t)
	g := newTokenGen(7)
	data := infrastructureKubeKeyData(g)
	text := "users:\n- name: admin\n  user:\n    client-key-data: " + data + "\n"
	var ids []string
	for _, m := range e.Scan(rules.Target{Text: text, Path: "kubeconfig"}) {
		if !isGeneric(m.Rule.ID) {
			ids = append(ids, m.Rule.ID)
		}
	}
	if len(ids) != 1 || ids[0] != "kubeconfig-client-key-data" {
		t.Errorf("rules reporting the key: %v; want only kubeconfig-client-key-data", ids)
	}
}
