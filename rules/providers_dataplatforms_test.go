package rules_test

import (
	"encoding/base32"
	"encoding/base64"
	"strings"
)

// The tables of rules/dataplatforms.toml. Every token is built from the
// seeded generator or from parts: the project scans itself.

func init() { moreProviderCases = append(moreProviderCases, dataplatformsCases) }

// dataplatformsPass is a human-style password: letters and digits around a
// punctuation mark, so that it neither starts like a command-line flag nor
// looks like a dotted property name.
func dataplatformsPass(g *tokenGen, n int) string {
	return g.alnum(n/2) + g.draw("!*-_~=", 1) + g.alnum(n-n/2-1)
}

// dataplatformsCRC16 is the CRC-16/XMODEM that NATS NKeys append to the raw
// key before base32 encoding.
func dataplatformsCRC16(b []byte) uint16 {
	var crc uint16
	for _, c := range b {
		crc ^= uint16(c) << 8
		for i := 0; i < 8; i++ {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return crc
}

// dataplatformsNKeySeed encodes a real-shaped NKey seed: the seed prefix
// byte (S) combined with the key type (U, A, O, …), 32 random bytes and the
// little-endian CRC16, in unpadded base32 (58 characters).
func dataplatformsNKeySeed(g *tokenGen, typ byte) string {
	const seedPrefix = 18 << 3
	var kind byte
	switch typ {
	case 'U':
		kind = 20 << 3
	case 'A':
		kind = 0
	case 'O':
		kind = 14 << 3
	}
	raw := []byte{seedPrefix | kind>>5, (kind & 31) << 3}
	raw = append(raw, g.bytes(32)...)
	crc := dataplatformsCRC16(raw)
	raw = append(raw, byte(crc), byte(crc>>8))
	return base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(raw)
}

// dataplatformsInfluxToken is an InfluxDB 2 API token: url-safe base64 of
// 64 bytes.
func dataplatformsInfluxToken(g *tokenGen) string {
	return base64.URLEncoding.EncodeToString(g.bytes(64))
}

func dataplatformsCases(_ *tokenGen) []provCase {
	// A generator of its own: drawing from the shared one would change
	// every other table's tokens.
	g := newTokenGen(20260722)
	var cs []provCase
	add := func(rule string, tps []provTP, decoys ...provDecoy) {
		cs = append(cs, provCase{rule: rule, tps: tps, decoy: decoys})
	}
	x := strings.Repeat
	pw := func() string { return dataplatformsPass(g, 18) }
	jwt := func(claims string) string { return g.jwt(claims) }

	// --- Vault
	unseal := func() string { return base64.StdEncoding.EncodeToString(g.bytes(33)) }
	add("vault-unseal-key", []provTP{
		tp("init.log", "Unseal Key 1: %s\nUnseal Key 2: "+unseal()+"\n", unseal()),
		tp("unseal.sh", "vault operator unseal %s\n", unseal()),
		tp("init.json", "{\n  \"unseal_keys_b64\": [\n    \"%s\"\n  ],\n  \"root_token\": \"x\"\n}\n", unseal()),
	}, decoy("env reference", "unseal.sh", "vault operator unseal \"$VAULT_UNSEAL_KEY_1\"\n"),
		decoy("placeholder", "README.md", "Unseal Key 1: <unseal key>\n"),
		decoy("one short", "init.log", "Unseal Key 1: "+unseal()[:42]+"\n"))

	// --- Identity providers
	add("onelogin-client-secret", []provTP{
		tp(".env", "ONELOGIN_CLIENT_ID="+g.hex(64)+"\nONELOGIN_CLIENT_SECRET=%s\n", g.hex(64)),
		tp("provider.tf", "provider \"onelogin\" {\n  client_id     = \"x\"\n  onelogin_client_secret = \"%s\"\n}\n", g.hex(64)),
	}, decoy("placeholder", ".env.example", "ONELOGIN_CLIENT_SECRET=your_client_secret_here\n"),
		decoy("env reference", "Makefile", "--env ONELOGIN_CLIENT_SECRET=${ONELOGIN_CLIENT_SECRET}\n"),
		decoy("one short", ".env", "ONELOGIN_CLIENT_SECRET="+g.hex(63)+"\n"))
	pingSecret := func() string { return g.draw(alnumAlphabet+"._~-", 63) + g.alnum(1) }
	add("pingone-client-secret", []provTP{
		tp(".env", "PINGONE_CLIENT_SECRET=%s\n", pingSecret()),
		tp("pingone.tf", "provider \"pingone\" {\n  client_secret = var.x\n}\n# PING_CLIENT_SECRET: \"%s\"\n", pingSecret()),
	}, decoy("placeholder", ".env.example", "PINGONE_CLIENT_SECRET=<client-secret>\n"),
		decoy("X run", ".env.example", "PINGONE_CLIENT_SECRET="+x("X", 64)+"\n"),
		decoy("ping without PingOne", "health.yml", "ping_secret_header: "+g.alnum(64)+"\n"))
	add("jumpcloud-api-key", []provTP{
		tp(".env", "JUMPCLOUD_API_KEY=%s\n", g.hex(40)),
		tp("sync.py", "jumpcloud_api_key = \"%s\"\nJC_URL = \"https://console.jumpcloud.com/api/v2/\"\n", g.hex(40)),
	}, decoy("env reference", "sync.py", "JC_API_KEY = os.getenv(\"JUMPCLOUD_API_KEY\")\n"),
		decoy("zeros", ".env.example", "JUMPCLOUD_API_KEY="+x("0", 40)+"\n"),
		decoy("org id", ".env", "JUMPCLOUD_ORG_ID="+g.hex(24)+"\n"))
	duoIKey := func() string { return "DI" + g.up(18) }
	add("duo-secret-key", []provTP{
		tp("login_duo.conf", "[duo]\nikey = "+duoIKey()+"\nskey = %s\nhost = api-1a2b3c4d.duosecurity.com\n", g.alnum(40)),
		tp(".env", "DUO_SECRET_KEY=%s\n", g.alnum(40)),
		tp("settings.py", "DUO_SKEY = \"%s\"\n", g.alnum(40)),
	}, decoy("integration key only", "login_duo.conf", "[duo]\nikey = "+duoIKey()+"\nhost = api-1a2b3c4d.duosecurity.com\n"),
		decoy("env reference", "settings.py", "DUO_SKEY = os.environ[\"DUO_SKEY\"]\n"),
		decoy("one short", ".env", "DUO_SECRET_KEY="+g.alnum(39)+"\n"))
	add("gpg-passphrase", []provTP{
		tp("release.yml", "env:\n  MAVEN_GPG_PASSPHRASE: %s\n", pw()),
		tp("gradle.properties", "signing.keyId=24875D73\nsigning.password=%s\n", pw()),
		tp("sign.sh", "gpg --batch --pinentry-mode loopback --passphrase '%s' --detach-sign dist.tar.gz\n", pw()),
	}, decoy("CI secret reference", "release.yml", "env:\n  MAVEN_GPG_PASSPHRASE: ${{ secrets.MAVEN_GPG_PASSPHRASE }}\n"),
		decoy("passphrase from fd", "sign.sh", "gpg --batch --passphrase-fd 0 --detach-sign dist.tar.gz\n"),
		decoy("variable name", "build.gradle.kts", "signing.password=signingPassword\n"))
	add("kafka-sasl-jaas-password", []provTP{
		tp("client.properties", "sasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"app\" password=\"%s\";\n", pw()),
		tp("application.yml", "spring:\n  kafka:\n    properties:\n      sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username='svc' password='%s';\n", pw()),
	}, decoy("env reference", "client.properties", "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"app\" password=\"${KAFKA_PASSWORD}\";\n"),
		decoy("placeholder", "README.md", "sasl.jaas.config=...PlainLoginModule required username=\"<user>\" password=\"<password>\";\n"),
		decoy("config provider", "client.properties", "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"app\" password=\"${file:/etc/kafka/pw:p}\";\n"))

	// --- Networking and platforms
	add("zerotier-api-token", []provTP{
		tp(".env", "ZEROTIER_CENTRAL_TOKEN=%s\n", g.alnum(32)),
		tp("main.tf", "provider \"zerotier\" {\n  zerotier_central_token = \"%s\"\n}\n", g.alnum(32)),
	}, decoy("CI secret reference", "ci.yml", "auth_token: ${{ secrets.ZEROTIER_CENTRAL_TOKEN }}\n"),
		decoy("network id", ".env", "ZEROTIER_NETWORK_ID="+g.hex(16)+"\n"),
		decoy("placeholder", "README.md", "export ZEROTIER_CENTRAL_TOKEN=\"your-api-token\"\n"))
	add("teleport-join-token", []provTP{
		tp("bootstrap.sh", "sudo teleport start --roles=node --token=%s --auth-server=tele.example.com:443\n", g.hex(32)),
		tp(".env", "TELEPORT_JOIN_TOKEN=%s\n", g.hex(32)),
		tp("teleport.yaml", "version: v3\nteleport:\n  nodename: web-1\n  auth_token: \"%s\"\n  proxy_server: tele.example.com:443\n", g.hex(32)),
	}, decoy("token file", "bootstrap.sh", "sudo teleport start --roles=node --token=/var/lib/teleport/token --auth-server=tele.example.com:443\n"),
		decoy("env reference", "bootstrap.sh", "teleport start --token=\"$TELEPORT_JOIN_TOKEN\"\n"),
		decoy("one short", ".env", "TELEPORT_JOIN_TOKEN="+g.hex(31)+"\n"))
	add("temporal-cloud-api-key", []provTP{
		tp(".env", "TEMPORAL_ADDRESS=ns.acct.tmprl.cloud:7233\nTEMPORAL_API_KEY=%s\n", jwt(`{"account_id":"`+g.low(5)+`","key_id":"`+g.hex(32)+`"}`)),
		tp("worker.sh", "temporal workflow list --namespace ns.acct --api-key %s\n", jwt(`{"account_id":"`+g.low(5)+`"}`)),
	}, decoyAllowing("jwt", "JWT without a Temporal name (reported by jwt)", ".env", "API_TOKEN="+jwt(`{"id":"`+g.hex(24)+`"}`)+"\n"),
		decoy("placeholder", ".env.example", "TEMPORAL_API_KEY=<your-api-key>\n"),
		decoy("env reference", "run.sh", "export TEMPORAL_API_KEY=\"$TEMPORAL_CLOUD_API_KEY\"\n"))
	convexKey := func(kind, name string) string {
		return kind + ":" + name + "|" + base64.StdEncoding.EncodeToString([]byte(`{"v2":"`+g.hex(64)+`"}`))
	}
	add("convex-deploy-key", []provTP{
		tp(".env.local", "CONVEX_DEPLOY_KEY='%s'\n", convexKey("prod", "qualified-"+g.low(6)+"-123")),
		tp("vercel.json", "{\"env\": {\"CONVEX_DEPLOY_KEY\": \"%s\"}}\n", convexKey("preview", "team-"+g.low(5)+":app")),
	}, decoy("documentation example (elided)", "README.md", "CONVEX_DEPLOY_KEY=prod:qualified-jaguar-123|eyJ2...0=\n"),
		decoy("placeholder", ".env.example", "CONVEX_DEPLOY_KEY='key goes here'\n"),
		decoy("deployment name only", ".env.local", "CONVEX_DEPLOYMENT=prod:qualified-jaguar-123\n"))
	add("minio-root-password", []provTP{
		tp("docker-compose.yml", "services:\n  minio:\n    environment:\n      MINIO_ROOT_USER: admin\n      MINIO_ROOT_PASSWORD: %s\n", pw()),
		tp(".env", "MINIO_SECRET_KEY=%s\n", pw()),
	}, decoy("well-known default", "docker-compose.yml", "      MINIO_ROOT_PASSWORD: minioadmin\n"),
		decoy("file variant", "docker-compose.yml", "      MINIO_ROOT_PASSWORD_FILE: /run/secrets/minio\n"),
		decoy("env reference", "docker-compose.yml", "      MINIO_ROOT_PASSWORD: ${MINIO_ROOT_PASSWORD}\n"))

	// --- Hosted databases
	astra := func() string {
		return "Astra" + "CS:" + g.draw("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 24) + ":" + g.hex(64)
	}
	add("astra-db-token", []provTP{
		tp("client.ts", "const client = new DataAPIClient('%s');\n", astra()),
		tp(".env", "ASTRA_DB_APPLICATION_TOKEN=\"%s\"\n", astra()),
	}, decoy("elided", ".env.example", "ASTRA_DB_APPLICATION_TOKEN=\"Astra"+"CS:.........\"\n"),
		decoy("X run", ".env.example", "ASTRA_DB_APPLICATION_TOKEN=\"Astra"+"CS:"+x("x", 30)+"\"\n"),
		decoy("one short", "x.txt", "Astra"+"CS:"+g.draw("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 24)+":"+g.hex(63)+"\n"))
	add("xata-api-key", []provTP{
		tp(".env", "XATA_API_KEY=%s\nXATA_BRANCH=main\n", "xau_"+g.alnum(33)),
		tp("xata.ts", "const xata = new XataClient({ apiKey: \"%s\" });\n", "xau_"+g.alnum(33)),
	}, decoy("mask", "init.log", "  set XATA_API_KEY=xau_"+x("*", 33)+"\n"),
		decoy("forex symbol", "trade.py", "INSTRUMENTS = [\"XAU_USD\", \"XAU_EUR\"]\n"),
		decoy("X run", ".env.example", "XATA_API_KEY=xau_"+x("x", 33)+"\n"))
	fauna := func() string { return "fnA" + g.url64(37) }
	add("fauna-secret", []provTP{
		tp(".env", "FAUNA_SECRET=%s\n", fauna()),
		tp("db.js", "const faunaKey = \"%s\";\nconst client = new Client({ secret: faunaKey });\n", fauna()),
	}, decoy("env reference", "db.js", "const client = new Client({ secret: process.env.FAUNA_SECRET });\n"),
		decoy("placeholder", ".env.example", "FAUNA_SECRET=fn"+"XXXXXXXXXX\n"),
		decoy("no fauna name", ".env", "DB_SECRET="+fauna()+"\n"))
	add("prisma-accelerate-api-key", []provTP{
		tp(".env", "DATABASE_URL=\"prisma://accelerate.prisma-data.net/?api_key=%s\"\n", jwt(`{"tenant_id":"`+g.hex(32)+`","secure_key":"sk_`+g.alnum(20)+`"}`)),
		tp("schema.env", "DATABASE_URL=prisma+postgres://accelerate.prisma-data.net/?api_key=%s\n", jwt(`{"tenant_id":"`+g.hex(32)+`"}`)),
	}, decoy("placeholder", ".env.example", "DATABASE_URL=\"prisma://accelerate.prisma-data.net/?api_key=__API_KEY__\"\n"),
		decoy("local Prisma Postgres", ".env", "DATABASE_URL=\"prisma+postgres://localhost:51213/?api_key="+g.std64(40)+"\"\n"),
		decoy("env reference", ".env", "DATABASE_URL=\"prisma://accelerate.prisma-data.net/?api_key=${ACCELERATE_KEY}\"\n"))
	add("hasura-admin-secret", []provTP{
		tp("docker-compose.yml", "  graphql-engine:\n    environment:\n      HASURA_GRAPHQL_ADMIN_SECRET: %s\n", pw()),
		tp("client.ts", "const headers = { \"x-hasura-admin-secret\": \"%s\" };\n", pw()),
		tp("migrate.sh", "hasura migrate apply --endpoint https://gql.example.com --admin-secret %s\n", pw()),
	}, decoy("documentation default", "docker-compose.yml", "      HASURA_GRAPHQL_ADMIN_SECRET: myadminsecretkey\n"),
		decoy("env reference", "client.ts", "const headers = { \"x-hasura-admin-secret\": process.env.HASURA_ADMIN_SECRET };\n"),
		decoy("compose interpolation", "docker-compose.yml", "      HASURA_GRAPHQL_ADMIN_SECRET: ${HASURA_SECRET}\n"))
	add("nats-nkey-seed", []provTP{
		tp("app.creds", "-----BEGIN NATS USER JWT-----\n"+jwt(`{"nats":{"type":"user"}}`)+"\n------END NATS USER JWT------\n\n************************* IMPORTANT *************************\nNKEY Seed printed below can be used to sign and prove identity.\n\n-----BEGIN USER NKEY SEED-----\n%s\n------END USER NKEY SEED------\n", dataplatformsNKeySeed(g, 'U')),
		tp(".env", "NATS_NKEY_SEED=%s\n", dataplatformsNKeySeed(g, 'U')),
		tp("main.go", "kp, err := nkeys.FromSeed([]byte(\"%s\"))\n", dataplatformsNKeySeed(g, 'A')),
	}, decoy("public user key", "server.conf", "authorization { users = [ { nkey: U"+g.b32(55)+" } ] }\n"),
		decoy("X run", ".env.example", "NATS_NKEY_SEED=SUA"+x("X", 55)+"\n"),
		decoy("wrong last character", ".env", "NATS_NKEY_SEED=SUA"+g.b32(54)+"B\n"),
		decoy("checksum does not hold", ".env", "NATS_NKEY_SEED="+flipMiddle(dataplatformsNKeySeed(g, 'U'))+"\n"))
	add("influxdb-token", []provTP{
		tp(".env", "INFLUX_TOKEN=%s\n", dataplatformsInfluxToken(g)),
		tp("docker-compose.yml", "      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: %s\n", dataplatformsInfluxToken(g)),
		tp("write.sh", "influx write --bucket metrics --org acme --token %s --file data.lp\n", dataplatformsInfluxToken(g)),
	}, decoy("placeholder", ".env.example", "INFLUX_TOKEN=my-super-secret-auth-token\n"),
		decoy("env reference", "write.sh", "influx write --bucket metrics --token \"$INFLUX_TOKEN\" --file data.lp\n"),
		decoy("one short", ".env", "INFLUX_TOKEN="+dataplatformsInfluxToken(g)[1:]+"\n"))

	// --- Data tools
	add("dbt-cloud-token", []provTP{
		tp(".env", "DBT_CLOUD_API_TOKEN=%s\n", "dbtc_"+g.url64(51)),
		tp("trigger.py", "headers = {\"Authorization\": \"Token %s\"}\n", "dbtu_"+g.url64(51)),
	}, decoy("test fixture name", "conftest.py", "return {\"api_token\": \"dbtc_test_token\", \"account_id\": \"12345\"}\n"),
		decoy("identifier", "wallet.ts", "const tx = buildTx({ txType: 'dbtc_mint' });\n"),
		decoy("X run", ".env.example", "DBT_CLOUD_API_TOKEN=dbtc_"+x("x", 40)+"\n"))
	mbKey := func() string { return "mb_" + base64.StdEncoding.EncodeToString(g.bytes(32)) }
	add("metabase-api-key", []provTP{
		tp("export.sh", "curl -H 'x-api-key: %s' https://bi.example.com/api/card\n", mbKey()),
		tp(".env", "METABASE_API_KEY=%s\n", mbKey()),
	}, decoy("identifier", "modbus.c", "#include \"mb_rtu_app.h\"\nint mb_status = 0;\n"),
		decoy("masked prefix", "keys.json", "{\"masked_key\": \"mb_1234"+x("*", 40)+"\"}\n"),
		decoy("not whole bytes", ".env", "METABASE_API_KEY=mb_"+g.std64(42)+"B=\n"))
	tableau := func() string { return base64.RawStdEncoding.EncodeToString(g.bytes(16)) + "==:" + g.alnum(32) }
	add("tableau-pat-secret", []provTP{
		tp(".env", "TABLEAU_PAT_SECRET=%s\n", tableau()),
		tp("publish.py", "auth = TSC.PersonalAccessTokenAuth(\"ci-token\", \"%s\", site_id=\"acme\")\n", tableau()),
	}, decoy("env reference", "publish.py", "auth = TSC.PersonalAccessTokenAuth(name, os.environ[\"TABLEAU_PAT\"], site_id=\"acme\")\n"),
		decoy("token name", ".env", "TABLEAU_PAT_NAME=ci-token\n"),
		decoy("secret part only", ".env", "TABLEAU_PAT_SECRET="+g.alnum(32)+"\n"))
	add("fivetran-api-secret", []provTP{
		tp(".env", "FIVETRAN_API_KEY="+g.alnum(16)+"\nFIVETRAN_API_SECRET=%s\n", g.alnum(32)),
		tp("provider.tf", "provider \"fivetran\" {\n  api_key    = \"x\"\n}\n# fivetran_api_secret = \"%s\"\n", g.alnum(32)),
	}, decoy("placeholder", ".env.example", "FIVETRAN_API_SECRET=your-secret\n"),
		decoy("API key", ".env", "FIVETRAN_API_KEY="+g.alnum(16)+"\n"),
		decoy("X run", ".env.example", "FIVETRAN_API_SECRET="+x("X", 32)+"\n"))
	fernet := func() string { return base64.URLEncoding.EncodeToString(g.bytes(32)) }
	add("airflow-fernet-key", []provTP{
		tp("docker-compose.yml", "    environment:\n      AIRFLOW__CORE__FERNET_KEY: %s\n", fernet()),
		tp("airflow.cfg", "[core]\nfernet_key = %s\n", fernet()),
	}, decoy("empty", "docker-compose.yml", "      AIRFLOW__CORE__FERNET_KEY: ''\n"),
		decoy("env reference", "docker-compose.yml", "      AIRFLOW__CORE__FERNET_KEY: ${FERNET_KEY}\n"),
		decoy("secret backend name", ".env", "AIRFLOW__CORE__FERNET_KEY_SECRET=airflow/fernet\n"))
	add("superset-secret-key", []provTP{
		tp(".env", "SUPERSET_SECRET_KEY=%s\n", g.std64(42)),
		tp("docker-compose.yml", "      SUPERSET_SECRET_KEY: \"%s\"\n", g.std64(42)),
	}, decoy("documentation placeholder", ".env.example", "SUPERSET_SECRET_KEY=YOUR_OWN_RANDOM_GENERATED_SECRET_KEY\n"),
		decoy("env reference", "superset_config.py", "SECRET_KEY = os.environ[\"SUPERSET_SECRET_KEY\"]\n"),
		decoy("compose interpolation", "docker-compose.yml", "      SUPERSET_SECRET_KEY: ${SUPERSET_SECRET_KEY}\n"))

	// --- Search and vector engines
	add("meilisearch-master-key", []provTP{
		tp("docker-compose.yml", "      MEILI_MASTER_KEY: %s\n", g.url64(32)),
		tp("run.sh", "meilisearch --db-path ./data --master-key=%s\n", g.url64(32)),
	}, decoy("placeholder", ".env.example", "MEILI_MASTER_KEY=MASTER_KEY\n"),
		decoy("env reference", "run.sh", "meilisearch --master-key=\"$MEILI_MASTER_KEY\"\n"),
		decoy("too short", ".env", "MEILI_MASTER_KEY="+g.alnum(12)+"\n"))
	add("typesense-api-key", []provTP{
		tp(".env", "TYPESENSE_API_KEY=%s\n", g.alnum(32)),
		tp("run.sh", "typesense-server --data-dir /data --api-key=%s --enable-cors\n", g.alnum(32)),
	}, decoy("search-only key", ".env", "NEXT_PUBLIC_TYPESENSE_SEARCH_ONLY_API_KEY="+g.alnum(32)+"\n"),
		decoy("documentation key", "docker-compose.yml", "      TYPESENSE_API_KEY: xyz\n"),
		decoy("env reference", "run.sh", "typesense-server --api-key=$TYPESENSE_API_KEY\n"))
	add("weaviate-api-key", []provTP{
		tp(".env", "WEAVIATE_API_KEY=%s\n", g.alnum(40)),
		tp("docker-compose.yml", "      AUTHENTICATION_APIKEY_ENABLED: 'true'\n      AUTHENTICATION_APIKEY_ALLOWED_KEYS: '%s'\n", g.url64(32)),
	}, decoy("placeholder", ".env.example", "WEAVIATE_API_KEY=your-weaviate-api-key\n"),
		decoy("env reference", "app.py", "auth = Auth.api_key(os.environ[\"WEAVIATE_API_KEY\"])\n"),
		decoy("X run", ".env.example", "WEAVIATE_API_KEY="+x("X", 40)+"\n"))
	add("qdrant-api-key", []provTP{
		tp(".env", "QDRANT_URL=https://x.cloud.qdrant.io:6333\nQDRANT_API_KEY=%s\n", g.guid()+"|"+g.url64(40)),
		tp("docker-compose.yml", "      QDRANT__SERVICE__API_KEY: %s\n", g.alnum(40)),
		tp("store.py", "client = QdrantClient(url=u, qdrant_api_key=\"%s\")\n", jwt(`{"access":"m"}`)),
	}, decoy("placeholder", ".env.example", "QDRANT_API_KEY=your-qdrant-api-key-here\n"),
		decoy("env reference", "store.py", "qdrant_api_key=os.environ.get(\"QDRANT_API_KEY\"),\n"),
		decoy("too short", ".env", "QDRANT_API_KEY=k\n"))
	add("opensearch-admin-password", []provTP{
		tp("docker-compose.yml", "      - OPENSEARCH_INITIAL_ADMIN_PASSWORD=%s\n", pw()),
		tp("opensearch_dashboards.yml", "opensearch.username: kibanaserver\nopensearch.password: \"%s\"\n", pw()),
	}, decoy("env reference", "docker-compose.yml", "      - OPENSEARCH_INITIAL_ADMIN_PASSWORD=${OPENSEARCH_INITIAL_ADMIN_PASSWORD}\n"),
		decoy("well-known default", "opensearch_dashboards.yml", "opensearch.password: kibanaserver\n"),
		decoy("placeholder", "README.md", "OPENSEARCH_INITIAL_ADMIN_PASSWORD=<strong-password>\n"))
	add("elasticsearch-password", []provTP{
		tp("kibana.yml", "elasticsearch.username: kibana_system\nelasticsearch.password: \"%s\"\n", pw()),
		tp(".env", "ELASTICSEARCH_PASSWORD=%s\n", pw()),
	}, decoy("keystore reference", "kibana.yml", "elasticsearch.password: ${ES_PWD}\n"),
		decoy("well-known default", "docker-compose.yml", "      ELASTICSEARCH_PASSWORD: changeme\n"),
		decoy("placeholder", ".env.example", "ES_PASSWORD=<password>\n"))

	// --- Database passwords by engine
	add("redshift-connection-url", []provTP{
		tp("settings.py", "ENGINE_URL = \"redshift+psycopg2://etl:%s@acme.abc123.us-east-1.redshift.amazonaws.com:5439/dw\"\n", pw()),
		tp(".env", "REDSHIFT_URL=redshift://loader:%s@dw.example.com:5439/analytics\n", pw()),
	}, decoy("no password", ".env", "REDSHIFT_URL=redshift+psycopg2://etl@dw.example.com:5439/dw\n"),
		decoy("env reference", ".env", "REDSHIFT_URL=redshift+psycopg2://etl:${REDSHIFT_PASSWORD}@dw.example.com:5439/dw\n"),
		decoy("placeholder", "README.md", "redshift+psycopg2://user:password@host:5439/db\n"))
	add("singlestore-connection-url", []provTP{
		tp("app.py", "conn = s2.connect(\"singlestoredb://admin:%s@svc-1.singlestore.com:3306/app\")\n", pw()),
		tp(".env", "MEMSQL_URL=memsql://root:%s@10.0.0.5:3306/db\n", pw()),
	}, decoy("placeholder", "README.md", "SINGLESTORE_URL=singlestoredb://user:password@host:3306/db\n"),
		decoy("env reference", ".env", "SINGLESTORE_URL=singlestoredb://admin:${S2_PASSWORD}@host:3306/db\n"))
	add("mysql-cli-password", []provTP{
		tp("backup.sh", "mysqldump -u root -p%s --all-databases > all.sql\n", pw()),
		tp("Dockerfile", "RUN mysql -h db -u app --password=%s -e 'SELECT 1'\n", pw()),
		tp("restore.sh", "mysql -p%s app < dump.sql\n", pw()),
	}, decoy("prompt for password", "README.md", "mysql -u root -p -e 'SHOW DATABASES'\n"),
		decoy("env reference", "backup.sh", "mysqldump -u root -p\"$MYSQL_ROOT_PASSWORD\" --all-databases > all.sql\n"),
		decoy("port flag", "backup.sh", "mysql -h db -P3306 -u app --protocol=tcp app < schema.sql\n"))
	add("sqlcmd-password", []provTP{
		tp("healthcheck.sh", "/opt/mssql-tools18/bin/sqlcmd -S localhost -U sa -P '%s' -C -Q 'SELECT 1'\n", pw()),
		tp("deploy.ps1", "Invoke-Sqlcmd -ServerInstance db01 -Username sa -Password \"%s\" -Query 'SELECT 1'\n", pw()),
	}, decoy("env reference", "healthcheck.sh", "/opt/mssql-tools18/bin/sqlcmd -S localhost -U sa -P \"$MSSQL_SA_PASSWORD\" -Q 'SELECT 1'\n"),
		decoy("integrated auth", "deploy.ps1", "sqlcmd -S db01 -E -Q 'SELECT 1'\n"))
	add("redis-cli-password", []provTP{
		tp("healthcheck.sh", "redis-cli -h cache -a %s ping\n", pw()),
		tp("docker-compose.yml", "    healthcheck:\n      test: [\"CMD-SHELL\", \"redis-cli --pass '%s' ping\"]\n", pw()),
	}, decoy("env reference", "healthcheck.sh", "redis-cli -h cache -a \"$REDIS_PASSWORD\" ping\n"),
		decoy("askpass", "healthcheck.sh", "redis-cli -h cache --askpass ping\n"))
	add("mongodb-cli-password", []provTP{
		tp("backup.sh", "mongodump --host db --username backup --password %s --out /backup\n", pw()),
		tp("init.sh", "mongosh admin -u root -p '%s' --eval 'db.getUsers()'\n", pw()),
	}, decoy("env reference", "backup.sh", "mongodump --username backup --password \"$MONGO_PASSWORD\" --out /backup\n"),
		decoy("prompt", "README.md", "mongosh admin -u root -p --eval 'db.getUsers()'\n"))
	add("mysql-option-file-password", []provTP{
		tp(".my.cnf", "[client]\nuser=backup\npassword=%s\nhost=db\n", pw()),
		tp("my.cnf", "[mysqldump]\n# nightly\nuser = root\npassword = \"%s\"\n", pw()),
	}, decoy("no password", "my.cnf", "[client]\nuser=backup\nhost=db\n\n[mysqld]\nport=3306\n"),
		decoy("placeholder", "my.cnf", "[client]\nuser=backup\npassword=changeme\n"))
	add("arangodb-root-password", []provTP{
		tp("docker-compose.yml", "      ARANGO_ROOT_PASSWORD: %s\n", pw()),
		tp(".env", "ARANGO_PASSWORD=%s\n", pw()),
	}, decoy("no password flag", "docker-compose.yml", "      ARANGO_NO_AUTH: 1\n      ARANGO_ROOT_PASSWORD: ''\n"),
		decoy("env reference", "docker-compose.yml", "      ARANGO_ROOT_PASSWORD: ${ARANGO_PW}\n"))
	add("couchdb-admin-password", []provTP{
		tp("local.ini", "[admins]\n; created by setup\nadmin = %s\n", pw()),
		tp("docker.ini", "[couchdb]\nsingle_node=true\n\n[admins]\nops = %s\n", pw()),
	}, decoyAllowing("database-password-env", "COUCHDB_PASSWORD (reported by database-password-env)", "docker-compose.yml", "      COUCHDB_USER: admin\n      COUCHDB_PASSWORD: "+pw()+"\n"),
		decoy("hashed admin password", "local.ini", "[admins]\nadmin = -pbkdf2-"+g.hex(40)+","+g.hex(32)+",10\n"),
		decoy("env reference", "docker-compose.yml", "      COUCHDB_PASSWORD: ${COUCHDB_PASSWORD}\n"))
	add("neo4j-password", []provTP{
		tp("docker-compose.yml", "      NEO4J_AUTH: neo4j/%s\n", pw()),
		tp("Neo4j-credentials.txt", "NEO4J_URI=neo4j+s://"+g.hex(8)+".databases.neo4j.io\nNEO4J_USERNAME=neo4j\nNEO4J_PASSWORD=%s\n", g.url64(43)),
		tp("graph.py", "driver = GraphDatabase.driver(uri, auth=(\"neo4j\", \"%s\"))\n", pw()),
	}, decoy("auth disabled", "docker-compose.yml", "      NEO4J_AUTH: none\n"),
		decoy("default password", "docker-compose.yml", "      NEO4J_AUTH: neo4j/neo4j\n"),
		decoy("env reference", "graph.py", "driver = GraphDatabase.driver(uri, auth=(\"neo4j\", os.environ[\"NEO4J_PASSWORD\"]))\n"))
	add("influxdb-admin-password", []provTP{
		tp("docker-compose.yml", "      DOCKER_INFLUXDB_INIT_USERNAME: admin\n      DOCKER_INFLUXDB_INIT_PASSWORD: %s\n", pw()),
		tp(".env", "INFLUXDB_ADMIN_PASSWORD=%s\n", pw()),
	}, decoy("env reference", "docker-compose.yml", "      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_PW}\n"),
		decoy("placeholder", ".env.example", "INFLUXDB_ADMIN_PASSWORD=<password>\n"))
	add("cassandra-password", []provTP{
		tp(".env", "CASSANDRA_PASSWORD=%s\n", pw()),
		tp("migrate.sh", "cqlsh cass-1 9042 -u app -p '%s' -f schema.cql\n", pw()),
	}, decoy("well-known default", "migrate.sh", "cqlsh -u cassandra -p cassandra\n"),
		decoy("env reference", "migrate.sh", "cqlsh cass-1 -u app -p \"$CASSANDRA_PASSWORD\" -f schema.cql\n"))
	add("couchbase-password", []provTP{
		tp(".env", "COUCHBASE_PASSWORD=%s\n", pw()),
		tp("db.py", "auth = PasswordAuthenticator(\"app\", \"%s\")\n", pw()),
	}, decoy("env reference", "db.py", "auth = PasswordAuthenticator(os.environ[\"CB_USER\"], os.environ[\"CB_PASSWORD\"])\n"),
		decoy("placeholder", ".env.example", "COUCHBASE_PASSWORD=<password>\n"))
	add("clickhouse-password", []provTP{
		tp("docker-compose.yml", "      CLICKHOUSE_USER: app\n      CLICKHOUSE_PASSWORD: %s\n", pw()),
		tp("load.sh", "clickhouse-client --host ch --user app --password %s --query 'SELECT 1'\n", pw()),
	}, decoy("empty default", "docker-compose.yml", "      CLICKHOUSE_PASSWORD: \"\"\n"),
		decoy("env reference", "load.sh", "clickhouse-client --user app --password \"$CLICKHOUSE_PASSWORD\" --query 'SELECT 1'\n"))
	add("flyway-password", []provTP{
		tp("flyway.conf", "flyway.url=jdbc:postgresql://db:5432/app\nflyway.user=app\nflyway.password=%s\n", pw()),
		tp("migrate.sh", "flyway -url=jdbc:postgresql://db/app -user=app -password=%s migrate\n", pw()),
	}, decoy("env reference", "flyway.conf", "flyway.password=${env.FLYWAY_PASSWORD}\n"),
		decoy("placeholder", "flyway.conf", "flyway.password=changeme\n"))
	add("liquibase-password", []provTP{
		tp("liquibase.properties", "liquibase.command.url=jdbc:postgresql://db/app\nliquibase.command.password=%s\n", pw()),
		tp("ci.yml", "    env:\n      LIQUIBASE_COMMAND_PASSWORD: %s\n", pw()),
	}, decoy("CI secret reference", "ci.yml", "      LIQUIBASE_COMMAND_PASSWORD: ${{ secrets.DB_PASSWORD }}\n"),
		decoy("placeholder", "liquibase.properties", "liquibase.command.password=<password>\n"))
	return cs
}

// flipMiddle changes the middle character of tok (staying in the base32
// alphabet), which breaks its checksum.
func flipMiddle(tok string) string {
	i := len(tok) / 2
	c := byte('A')
	if tok[i] == 'A' {
		c = 'B'
	}
	return tok[:i] + string(c) + tok[i+1:]
}
