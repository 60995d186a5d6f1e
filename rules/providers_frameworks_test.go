package rules_test

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// The tables of rules/frameworks.toml. Every token is drawn from the seeded
// generator or built from parts: the project scans itself.

func init() { moreProviderCases = append(moreProviderCases, frameworksCases) }

const (
	// frameworksDjangoAlphabet is get_random_secret_key()'s alphabet.
	frameworksDjangoAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"
	// frameworksBase58 is the alphabet Fireworks keys are drawn from.
	frameworksBase58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
	// frameworksCryptAlphabet is the alphabet of bcrypt and apr1 hashes.
	frameworksCryptAlphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
)

// frameworksWordPressAlphabet is the printable ASCII of WordPress salts,
// without the quote and backslash that would end or escape the PHP string.
var frameworksWordPressAlphabet = func() string {
	var b strings.Builder
	for c := byte(33); c < 127; c++ {
		if c != '\'' && c != '\\' {
			b.WriteByte(c)
		}
	}
	return b.String()
}()

// frameworksB64Lines is base64 of n random bytes in 64-character lines, as
// PuTTY writes key blobs.
func frameworksB64Lines(g *tokenGen, n int) string {
	raw := base64.StdEncoding.EncodeToString(g.bytes(n))
	var lines []string
	for len(raw) > 64 {
		lines = append(lines, raw[:64])
		raw = raw[64:]
	}
	return strings.Join(append(lines, raw), "\n")
}

// frameworksPuTTY is a .ppk file around the private blob priv (v2, or v3
// with Argon2 parameters when encrypted).
func frameworksPuTTY(g *tokenGen, version, priv string, encrypted bool) string {
	pub := frameworksB64Lines(g, 279)
	enc := "none"
	kdf := ""
	if encrypted {
		enc = "aes256-cbc"
		kdf = "Key-Derivation: Argon2id\nArgon2-Memory: 8192\nArgon2-Passes: 13\nArgon2-Parallelism: 1\nArgon2-Salt: " + g.hex(32) + "\n"
	}
	return "PuTTY-User-Key-File-" + version + ": ssh-rsa\nEncryption: " + enc + "\nComment: rsa-key-20260501\nPublic-Lines: " +
		strconv.Itoa(strings.Count(pub, "\n")+1) + "\n" + pub + "\n" + kdf + "Private-Lines: " +
		strconv.Itoa(strings.Count(priv, "\n")+1) + "\n" + priv + "\nPrivate-MAC: " + g.hex(64) + "\n"
}

// frameworksCases ignores the shared generator and draws from its own seed,
// so that adding cases here does not change the tokens of other tables.
func frameworksCases(*tokenGen) []provCase {
	g := newTokenGen(20260617)
	var cs []provCase
	add := func(rule string, tps []provTP, decoys ...provDecoy) {
		cs = append(cs, provCase{rule: rule, tps: tps, decoy: decoys})
	}
	x := strings.Repeat
	dj := func(n int) string { return g.draw(frameworksDjangoAlphabet, n) }
	b64 := base64.StdEncoding.EncodeToString

	// --- framework application secrets
	add("django-insecure-secret-key", []provTP{
		tp("mysite/settings.py", "SECRET_KEY = '%s'\n", "django-insecure-"+dj(50)),
		tp(".env", "DJANGO_SECRET_KEY=%s\n", "django-insecure-"+dj(50)),
	}, decoy("X run", "mysite/settings.py", "SECRET_KEY = 'django-insecure-"+x("x", 50)+"'\n"),
		decoy("one short", "mysite/settings.py", "SECRET_KEY = 'django-insecure-"+dj(49)+"'\n"),
		decoy("placeholder", "README.md", "SECRET_KEY = 'django-insecure-<generated>'\n"))
	add("django-secret-key", []provTP{
		tp("mysite/settings.py", "DEBUG = False\nSECRET_KEY = '%s'\n", dj(50)),
		tp("config/settings/production.py", "SECRET_KEY = os.environ.get(\"DJANGO_SECRET_KEY\", \"%s\")\n", dj(50)),
	}, decoy("env lookup", "mysite/settings.py", "SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]\n"),
		decoy("not a settings module", "app/views.py", "SECRET_KEY = '"+dj(50)+"'\n"),
		decoy("X run", "mysite/settings.py", "SECRET_KEY = '"+x("x", 50)+"'\n"))
	add("flask-secret-key", []provTP{
		tp("app.py", "app = Flask(__name__)\napp.secret_key = \"%s\"\n", g.url64(32)),
		tp("factory.py", "app.config['SECRET_KEY'] = '%s'\n", g.hex(48)),
	}, decoy("too short", "app.py", "app.secret_key = \"dev\"\n"),
		decoy("placeholder", "app.py", "app.secret_key = \"change-me-in-production\"\n"),
		decoy("env reference", "factory.py", "app.config['SECRET_KEY'] = os.environ['SECRET_KEY']\n"))
	add("rails-secret-key-base", []provTP{
		tp("config/secrets.yml", "production:\n  secret_key_base: %s\n", g.hex(128)),
		tp("Dockerfile", "ENV SECRET_KEY_BASE=%s\n", g.hex(128)),
	}, decoy("ERB reference", "config/secrets.yml", "production:\n  secret_key_base: <%= ENV[\"SECRET_KEY_BASE\"] %>\n"),
		decoy("one short", "config/secrets.yml", "secret_key_base: "+g.hex(127)+"\n"),
		decoy("zeros", ".env.example", "SECRET_KEY_BASE="+x("0", 128)+"\n"))
	add("rails-master-key", []provTP{
		tp(".github/workflows/deploy.yml", "env:\n  RAILS_MASTER_KEY: %s\n", g.hex(32)),
		tp("deploy.sh", "docker build --build-arg RAILS_MASTER_KEY=%s -t app .\n", g.hex(32)),
	}, decoy("CI secret", ".github/workflows/deploy.yml", "env:\n  RAILS_MASTER_KEY: ${{ secrets.RAILS_MASTER_KEY }}\n"),
		decoy("read from file", "deploy.sh", "export RAILS_MASTER_KEY=$(cat config/master.key)\n"),
		decoy("upper case", ".env", "RAILS_MASTER_KEY="+strings.ToUpper(g.hex(32))+"\n"))
	add("phoenix-secret-key-base", []provTP{
		tp("config/prod.exs", "config :my_app, MyAppWeb.Endpoint,\n  secret_key_base: \"%s\"\n", g.std64(64)),
		tp(".env", "SECRET_KEY_BASE=%s\n", g.alnum(64)),
	}, decoy("runtime lookup", "config/runtime.exs", "  secret_key_base: System.get_env(\"SECRET_KEY_BASE\")\n"),
		decoy("one short", "config/prod.exs", "  secret_key_base: \""+g.std64(63)+"\"\n"))
	{
		short := b64(g.bytes(24))
		notKey := g.std64(42) + "B="
		add("laravel-app-key", []provTP{
			tp(".env", "APP_NAME=Shop\nAPP_KEY=base64:%s\n", b64(g.bytes(32))),
			tp("config/app.php", "    'key' => env('APP_KEY', 'base64:%s'),\n", b64(g.bytes(32))),
		}, decoy("empty", ".env.example", "APP_KEY=\n"),
			decoy("24 bytes", ".env", "APP_KEY=base64:"+short+"\n"),
			decoy("not 32 bytes (last character before = out of range)", ".env", "APP_KEY=base64:"+notKey+"\n"),
			decoy("zero key", ".env", "APP_KEY=base64:"+x("A", 43)+"=\n"))
	}
	add("symfony-app-secret", []provTP{
		tp(".env.local", "APP_ENV=prod\nAPP_SECRET=%s\n", g.hex(32)),
		tp("docker-compose.yml", "services:\n  php:\n    environment:\n      APP_SECRET: %s\n", g.hex(32)),
	}, decoy("Symfony's old default", ".env", "APP_SECRET=ThisTokenIsNotSoSecretChangeIt\n"),
		decoy("another provider's app secret", ".env", "FACEBOOK_APP_SECRET="+g.hex(32)+"\n"),
		decoy("empty", ".env", "APP_SECRET=\n"))
	add("nextauth-secret", []provTP{
		tp(".env.local", "NEXTAUTH_URL=http://localhost:3000\nNEXTAUTH_SECRET=%s\n", b64(g.bytes(32))),
		tp(".env", "AUTH_SECRET=\"%s\"\n", g.url64(43)),
	}, decoy("placeholder", ".env.example", "NEXTAUTH_SECRET=your-secret-here-generate-with-openssl-rand\n"),
		decoy("env reference", ".env", "AUTH_SECRET=${AUTH_SECRET}\n"),
		decoy("too short", ".env", "AUTH_SECRET="+g.alnum(20)+"\n"))
	add("express-session-secret", []provTP{
		tp("server.js", "app.use(session({\n  secret: '%s',\n  resave: false,\n}));\n", g.alnum(32)),
		tp("app.ts", "app.use(cookieParser(\"%s\"));\n", g.alnum(24)),
	}, decoy("tutorial secret", "server.js", "app.use(session({ secret: 'keyboard cat', resave: false }));\n"),
		decoy("env reference", "server.js", "app.use(session({ secret: process.env.SESSION_SECRET }));\n"),
		decoy("placeholder", "server.js", "app.use(session({ secret: 'your-secret-key' }));\n"))
	add("jwt-signing-secret", []provTP{
		tp(".env", "JWT_SECRET=%s\n", g.hex(64)),
		tp("src/config.ts", "export const config = { jwtSecret: '%s' };\n", g.url64(48)),
	}, decoy("placeholder", ".env.example", "JWT_SECRET=your-super-secret-jwt-key-change-in-production\n"),
		decoy("env reference", ".env", "JWT_SECRET=${JWT_SECRET}\n"),
		decoy("property reference", "src/config.ts", "jwtSecret: config.authentication.jwtSigningSecretValue,\n"),
		decoy("weak value, too short", ".env", "JWT_SECRET=secret123\n"))
	add("spring-datasource-password", []provTP{
		tp("src/main/resources/application.properties", "spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.username=app\nspring.datasource.password=%s\n", g.alnum(18)),
		tp("src/main/resources/application.yml", "spring:\n  datasource:\n    url: jdbc:mysql://db/app\n    username: app\n    password: %s\n", g.alnum(20)),
		tp("docker-compose.yml", "    environment:\n      SPRING_DATASOURCE_PASSWORD: %s\n", g.alnum(16)),
	}, decoy("env reference", "application.properties", "spring.datasource.password=${DB_PASSWORD}\n"),
		decoy("Jasypt", "application.yml", "spring:\n  datasource:\n    password: ENC("+g.std64(32)+")\n"),
		decoy("default", "application.properties", "spring.datasource.password=changeit\n"),
		decoy("variable name", "application.yml", "spring:\n  datasource:\n    password: DATASOURCE_PASSWORD\n"))
	add("spring-properties-password", []provTP{
		tp("src/main/resources/application.properties", "spring.mail.host=smtp.example.com\nspring.mail.password=%s\n", g.alnum(18)),
		tp("config/bootstrap-prod.properties", "app.ldap.manager.password: %s\n", g.alnum(14)),
	}, decoy("env reference", "application.properties", "spring.mail.password=${MAIL_PASSWORD}\n"),
		decoy("Jasypt", "application.properties", "spring.rabbitmq.password=ENC("+g.std64(32)+")\n"),
		decoy("not a Spring properties file", "notes.properties", "spring.mail.password="+g.alnum(18)+"\n"),
		decoy("default", "application.properties", "spring.mail.password=changeme\n"))
	add("aspnet-machine-key", []provTP{
		tp("web.config", "<system.web>\n  <machineKey validationKey=\"%s\" decryption=\"AES\" validation=\"HMACSHA256\" />\n", strings.ToUpper(g.hex(128))),
		tp("Web.Release.config", "<machineKey decryptionKey=\"%s\" validation=\"SHA1\" />\n", strings.ToUpper(g.hex(64))),
	}, decoy("auto-generated", "web.config", "<machineKey validationKey=\"AutoGenerate,IsolateApps\" decryptionKey=\"AutoGenerate,IsolateApps\" />\n"),
		decoy("zeros", "web.config", "<machineKey validationKey=\""+x("0", 128)+"\" />\n"))
	add("wordpress-auth-key", []provTP{
		tp("wp-config.php", "define( 'AUTH_KEY',         '%s' );\n", g.draw(frameworksWordPressAlphabet, 64)),
		tp(".env", "NONCE_SALT='%s'\n", g.draw(frameworksWordPressAlphabet, 64)),
	}, decoy("sample config", "wp-config-sample.php", "define( 'AUTH_KEY',         'put your unique phrase here' );\n"),
		decoy("env lookup", "wp-config.php", "define('AUTH_KEY', getenv('AUTH_KEY'));\n"))

	// --- key material and password stores
	{
		priv := frameworksB64Lines(g, 1296)
		privEnc := frameworksB64Lines(g, 1312)
		add("putty-private-key", []provTP{
			{path: "keys/deploy.ppk", text: frameworksPuTTY(g, "2", priv, false), secret: priv},
			{path: "keys/admin.ppk", text: frameworksPuTTY(g, "3", privEnc, true), secret: privEnc},
		}, decoy("header only", "docs/putty.md", "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: my key\n"),
			decoy("X lines", "docs/putty.md", frameworksPuTTY(g, "2", x("A", 64)+"\n"+x("A", 64), false)))
	}
	add("java-keystore-password", []provTP{
		tp("app/build.gradle", "signingConfigs {\n    release {\n        storeFile file('release.jks')\n        storePassword '%s'\n        keyAlias 'upload'\n    }\n}\n", g.alnum(14)),
		tp("keystore.properties", "storePassword=%s\nkeyAlias=upload\nstoreFile=../upload.jks\n", g.alnum(16)),
		tp("scripts/keygen.sh", "keytool -genkeypair -keystore server.jks -storepass %s -alias tls\n", g.alnum(12)),
	}, decoy("android debug keystore", "app/build.gradle", "        storePassword 'android'\n"),
		decoy("properties lookup", "app/build.gradle", "        storePassword keystoreProperties['storePassword']\n"),
		decoy("env lookup", "app/build.gradle.kts", "        storePassword = System.getenv(\"STORE_PASSWORD\")\n"),
		decoy("gradle property", "app/build.gradle", "        keyPassword RELEASE_KEY_PASSWORD\n"))
	add("ansible-password", []provTP{
		tp("inventory/hosts.ini", "[web]\nweb1 ansible_host=10.0.0.5 ansible_user=deploy ansible_password=%s\n", g.alnum(14)),
		tp("group_vars/all.yml", "ansible_become_password: %s\n", g.alnum(16)),
	}, decoy("vault variable", "group_vars/all.yml", "ansible_become_password: \"{{ vault_become_password }}\"\n"),
		decoy("inline vault", "group_vars/all.yml", "ansible_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  "+g.hex(64)+"\n"),
		decoy("vagrant default", "inventory/vagrant.ini", "default ansible_password=vagrant\n"))
	add("htpasswd-hash", []provTP{
		tp("nginx/.htpasswd", "admin:%s\n", "$apr1$"+g.draw(frameworksCryptAlphabet, 8)+"$"+g.draw(frameworksCryptAlphabet, 22)),
		tp("docker-compose.yml", "    labels:\n      - \"traefik.http.middlewares.auth.basicauth.users=admin:%s\"\n", "$$2y$$05$$"+g.draw(frameworksCryptAlphabet, 53)),
		tp("auth/htpasswd", "ops:%s\n", "$2y$10$"+g.draw(frameworksCryptAlphabet, 53)),
	}, decoy("seed row without a user", "db/seed.sql", "INSERT INTO users VALUES ('admin', '$2y$10$"+g.draw(frameworksCryptAlphabet, 53)+"');\n"),
		decoy("X run", "nginx/.htpasswd", "admin:$apr1$"+x("x", 8)+"$"+x("x", 22)+"\n"),
		decoy("truncated", "nginx/.htpasswd", "admin:$apr1$"+g.draw(frameworksCryptAlphabet, 8)+"$"+g.draw(frameworksCryptAlphabet, 12)+"\n"))

	// --- AI platforms
	add("together-api-key", []provTP{
		tp(".env", "TOGETHER_API_KEY=%s\n", "tgp_v1_"+g.url64(43)),
		tp("llm.py", "client = Together(api_key=\"%s\")\n", "tgp_v1_"+g.url64(43)),
	}, decoy("X run", ".env.example", "TOGETHER_API_KEY=tgp_v1_"+x("x", 43)+"\n"),
		decoy("one short", "llm.py", "key = \"tgp_v1_"+g.url64(42)+"\"\n"),
		decoy("ellipsis", "README.md", "TOGETHER_API_KEY=tgp_v1_...\n"))
	add("fireworks-api-key", []provTP{
		tp(".env", "FIREWORKS_API_KEY=%s\n", "fw_"+g.draw(frameworksBase58, 24)),
		tp("client.js", "headers: { Authorization: `Bearer %s` },\n", "fw_"+g.draw(frameworksBase58, 22)),
	}, decoy("firmware function", "driver.c", "int fw_getFirmwareRevisionNumber(void);\n"),
		decoy("firmware digest", "driver.c", "#define FW_HASH \"fw_"+g.hex(32)+"\"\n"),
		decoy("X run", ".env.example", "FIREWORKS_API_KEY=fw_"+x("x", 24)+"\n"))
	add("voyage-api-key", []provTP{
		tp(".env", "VOYAGE_API_KEY=%s\n", "pa-"+g.url64(43)),
		tp("embed.py", "vo = voyageai.Client(api_key=\"%s\")\n", "pa-"+g.url64(43)),
	}, decoy("ellipsis", "README.md", "export VOYAGE_API_KEY=\"pa-...\"\n"),
		decoy("X run", ".env.example", "VOYAGE_API_KEY=pa-"+x("X", 43)+"\n"),
		decoy("one short", "embed.py", "key = \"pa-"+g.url64(42)+"\"\n"))
	add("jina-api-key", []provTP{
		tp(".env", "JINA_API_KEY=%s\n", "jina_"+g.hex(32)+g.url64(28)),
		tp("reader.py", "headers = {\"Authorization\": \"Bearer %s\"}\n", "jina_"+g.hex(32)+g.url64(28)),
	}, decoy("placeholder", "README.md", "JINA_API_KEY=jina_xxx\n"),
		decoy("identifier", "search.py", "jina_embeddings_v3 = load()\n"),
		decoy("short", "reader.py", "key = \"jina_"+g.hex(32)+g.url64(20)+"\"\n"))
	add("llamacloud-api-key", []provTP{
		tp(".env", "LLAMA_CLOUD_API_KEY=%s\n", "llx-"+g.alnum(48)),
		tp("parse.py", "parser = LlamaParse(api_key=\"%s\", result_type=\"markdown\")\n", "llx-"+g.alnum(48)),
	}, decoy("placeholder", ".env.example", "LLAMA_CLOUD_API_KEY=llx-your-api-key\n"),
		decoy("X run", ".env.example", "LLAMA_CLOUD_API_KEY=llx-"+x("x", 48)+"\n"),
		decoy("printf format", "main.c", "printf(\"%s-%llx-%zu\", a, b, c);\n"))
	add("modal-token-secret", []provTP{
		tp(".env", "MODAL_TOKEN_ID=ak-"+g.alnum(22)+"\nMODAL_TOKEN_SECRET=%s\n", "as-"+g.alnum(22)),
		tp(".modal.toml", "[default]\ntoken_id = \"ak-"+g.alnum(22)+"\"\ntoken_secret = \"%s\"\n", "as-"+g.alnum(22)),
		tp("setup.sh", "modal token set --token-id ak-"+g.alnum(22)+" --token-secret %s\n", "as-"+g.alnum(22)),
	}, decoy("placeholder", ".env.example", "MODAL_TOKEN_SECRET=as-xxxxx\n"),
		decoy("token ID only", ".env", "MODAL_TOKEN_ID=ak-"+g.alnum(22)+"\n"),
		decoy("no Modal name", "styles.html", "<div class=\"as-"+g.alnum(22)+"\"></div>\n"))
	add("runway-api-key", []provTP{
		tp(".env", "RUNWAYML_API_SECRET=%s\n", "key_"+g.hex(128)),
		tp("video.ts", "const client = new RunwayML({ apiKey: '%s' });\n", "key_"+g.hex(128)),
	}, decoy("documentation example", "README.md", "export RUNWAYML_API_SECRET=\"key_"+"1234567890"+"1234567890"+"1234567890\"\n"),
		decoy("one short", ".env", "RUNWAYML_API_SECRET=key_"+g.hex(127)+"\n"),
		decoy("zeros", ".env.example", "RUNWAYML_API_SECRET=key_"+x("0", 128)+"\n"))
	add("stability-api-key", []provTP{
		tp(".env", "STABILITY_API_KEY=%s\n", "sk-"+g.alnum(48)),
		tp("api.py", "STABILITY_KEY = \"%s\"\n", "sk-"+g.alnum(48)),
	}, decoy("placeholder", ".env.example", "STABILITY_API_KEY=sk-your-stability-api-key\n"),
		decoy("no Stability name", ".env", "IMAGE_API_KEY=sk-"+g.alnum(48)+"\n"))
	add("e2b-api-key", []provTP{
		tp(".env", "E2B_API_KEY=%s\n", "e2b_"+g.hex(40)),
		tp("sandbox.py", "sbx = Sandbox(api_key=\"%s\")\n", "e2b_"+g.hex(40)),
	}, decoy("zeros", "run.sh", "export E2B_API_KEY=\"e2b_"+x("0", 40)+"\"\n"),
		decoy("module name", "sandbox.py", "from e2b_code_interpreter import Sandbox\n"),
		decoy("ellipsis", "README.md", "E2B_API_KEY=e2b_...\n"))
	add("firecrawl-api-key", []provTP{
		tp(".env", "FIRECRAWL_API_KEY=%s\n", "fc-"+g.hex(32)),
		tp("crawl.ts", "const app = new FirecrawlApp({ apiKey: \"%s\" });\n", "fc-"+g.hex(32)),
	}, decoy("placeholder", "README.md", "FIRECRAWL_API_KEY=fc-YOUR_API_KEY\n"),
		decoy("one short", ".env", "FIRECRAWL_API_KEY=fc-"+g.hex(31)+"\n"),
		decoy("upper case", ".env", "FIRECRAWL_API_KEY=fc-"+strings.ToUpper(g.hex(32))+"\n"))

	// --- source hosting and developer tools
	atctt := func() string { return "ATCTT3xFfGN0" + g.url64(171) + "=" + strings.ToUpper(g.hex(8)) }
	add("bitbucket-access-token", []provTP{
		tp("pipeline.py", "ACCESS_TOKEN = \"%s\"\n", atctt()),
		tp("Jenkinsfile", "git branch: 'main', url: 'https://x-token-auth:%s@bitbucket.org/team/app.git'\n", atctt()),
	}, decoy("X run", "pipeline.py", "ACCESS_TOKEN = \"ATCTT3xFfGN0"+x("x", 171)+"=00000000\"\n"),
		decoy("no checksum", "pipeline.py", "ACCESS_TOKEN = \"ATCTT3xFfGN0"+g.url64(171)+"\"\n"),
		decoy("lower-case checksum", "pipeline.py", "ACCESS_TOKEN = \"ATCTT3xFfGN0"+g.url64(171)+"="+g.hex(4)+"abcd\"\n"))
	add("jetbrains-permanent-token", []provTP{
		tp("youtrack.ts", "headers: { Authorization: `Bearer %s` },\n", "perm:"+b64([]byte("jane.doe"))+"."+b64([]byte("43-1"))+"."+g.alnum(30)),
		tp(".env", "YOUTRACK_TOKEN=%s\n", "perm-"+b64([]byte("ci-bot"))+"."+b64([]byte("51-0"))+"."+g.alnum(30)),
	}, decoy("documentation token", "README.md", "-H 'Authorization: Bearer perm:"+"cm9vdA=="+"."+"dG9rZW4="+"."+"rNZ38ije7uiW"+"wnUTRDdyFDdUkoPUPi'\n"),
		decoy("test stub", "client.test.ts", "expect(headers.Authorization).toBe('Bearer perm:abc');\n"),
		decoy("one short", ".env", "YOUTRACK_TOKEN=perm:"+b64([]byte("root"))+"."+b64([]byte("7-2"))+"."+g.alnum(29)+"\n"))
	add("codeberg-access-token", []provTP{
		tp(".env", "CODEBERG_TOKEN=%s\n", g.hex(40)),
		tp("mirror.sh", "git push https://%s@codeberg.org/jdoe/app.git main\n", g.hex(40)),
	}, decoy("env reference", ".env", "CODEBERG_TOKEN=${CODEBERG_TOKEN}\n"),
		decoy("commit URL", "CHANGELOG.md", "See https://codeberg.org/jdoe/app/commit/"+g.hex(40)+"\n"))

	// --- package registries
	anaconda := func() string { return "an-" + g.guid() }
	add("anaconda-org-token", []provTP{
		tp("environment.yml", "channels:\n  - https://conda.anaconda.org/t/%s/private-channel\n  - conda-forge\n", anaconda()),
		tp("release.sh", "anaconda -t %s upload dist/*.conda\n", anaconda()),
		tp(".env", "ANACONDA_API_TOKEN=%s\n", anaconda()),
	}, decoy("env reference", "environment.yml", "  - https://conda.anaconda.org/t/$ANACONDA_TOKEN/private-channel\n"),
		decoy("placeholder", "README.md", "conda config --add channels https://conda.anaconda.org/t/<TOKEN>/repo\n"),
		decoy("project UUID", ".env", "ANACONDA_PROJECT_ID="+g.guid()+"\n"))
	add("chocolatey-api-key", []provTP{
		tp("publish.ps1", "choco apikey --key %s --source https://push.chocolatey.org/\n", g.guid()),
		tp(".github/workflows/release.yml", "env:\n  CHOCO_API_KEY: %s\n", g.guid()),
	}, decoy("placeholder", "README.md", "choco apikey --key YOUR_API_KEY --source https://push.chocolatey.org/\n"),
		decoy("env reference", "publish.ps1", "choco apikey --key $env:CHOCO_TOKEN --source https://push.chocolatey.org/\n"))
	add("sonatype-central-password", []provTP{
		tp("gradle.properties", "ossrhUsername=jdoe\nossrhPassword=%s\n", g.alnum(20)),
		tp(".github/workflows/publish.yml", "env:\n  ORG_GRADLE_PROJECT_mavenCentralPassword: %s\n", g.url64(44)),
	}, decoy("env reference", "gradle.properties", "ossrhPassword=${OSSRH_PASSWORD}\n"),
		decoy("CI secret", ".github/workflows/publish.yml", "  ORG_GRADLE_PROJECT_mavenCentralPassword: ${{ secrets.MAVEN_CENTRAL_PASSWORD }}\n"),
		decoy("property lookup", "build.gradle", "password = findProperty(\"ossrhPassword\")\n"),
		decoy("gradle property name", "build.gradle", "ossrhPassword = OSSRH_PASSWORD\n"))
	return cs
}
