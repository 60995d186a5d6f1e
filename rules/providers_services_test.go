package rules_test

import (
	"encoding/base64"
	"strings"
)

// The tables of rules/services.toml. Every token is built here from the
// seeded generator or from parts: the project scans itself, so no
// token-shaped literal may sit in this file.

func init() { moreProviderCases = append(moreProviderCases, servicesCases) }

const servicesLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// servicesPrintable is the alphabet of the last part of an Adyen API key:
// printable ASCII without quotes, backslash and backtick.
const servicesPrintable = "!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~"

func servicesDigits(g *tokenGen, n int) string {
	return g.draw("123456789", 1) + g.draw("0123456789", n-1)
}

// servicesWorkOS builds a WorkOS API key: the base64 of key_01<ULID>,<secret>.
func servicesWorkOS(g *tokenGen, env string) string {
	raw := "key_01" + g.up(24) + "," + g.alnum(25)
	return "sk_" + env + "_" + base64.RawStdEncoding.EncodeToString([]byte(raw))
}

// servicesAdyen builds an Adyen API key: AQE<body>==-<43 base64>=-<suffix>.
func servicesAdyen(g *tokenGen) string {
	return "AQE" + g.std64(73) + "==" + "-" + g.std64(43) + "=" + "-" + g.draw(servicesPrintable, 16)
}

func servicesCases(g *tokenGen) []provCase {
	var cs []provCase
	add := func(rule string, tps []provTP, decoys ...provDecoy) {
		cs = append(cs, provCase{rule: rule, tps: tps, decoy: decoys})
	}
	x := strings.Repeat
	upHex := func(n int) string { return strings.ToUpper(g.hex(n)) }
	b32 := func(n int) string { return g.draw(lowerB32, n) }

	// --- messaging
	add("resend-api-key", []provTP{
		tp(".env", "RESEND_API_KEY=%s\n", "re_"+g.alnum(8)+"_"+g.alnum(24)),
		tp("mail.ts", "const resend = new Resend('%s');\n", "re_"+g.alnum(8)+"_"+g.alnum(24)),
	}, decoy("X run", ".env.example", "RESEND_API_KEY=re_"+x("x", 8)+"_"+x("x", 24)+"\n"),
		decoy("placeholder", "README.md", "RESEND_API_KEY=re_your_resend_api_key_here\n"),
		decoy("one short", "mail.ts", "const key = 're_"+g.alnum(8)+"_"+g.alnum(23)+"';\n"))
	add("onesignal-api-key", []provTP{
		tp("push.py", "ONESIGNAL_API_KEY = \"%s\"\n", "os_v2_app_"+b32(103)),
		tp("push.sh", "curl -H \"Authorization: Key %s\" https://api.onesignal.com/notifications\n", "os_v2_org_"+b32(103)),
	}, decoy("placeholder", "settings.tsx", "placeholder=\"os_v2_app_...\"\n"),
		decoy("test fake", "ConfigTest.php", "new Config('fakeApplicationId', 'os_v2_org_fakeOrganizationAuthKey');\n"),
		decoy("upper case", "x.txt", "os_v2_app_"+strings.ToUpper(b32(103))+"\n"))
	add("pubnub-secret-key", []provTP{
		tp("pubnub.js", "const pubnub = new PubNub({ publishKey: 'pub-c-"+g.guid()+"', secretKey: '%s' });\n", "sec-c-"+base64.StdEncoding.EncodeToString([]byte(g.guid()))),
		tp("settings.py", "PUBNUB_SECRET_KEY = '%s'\n", "sec-c-"+base64.StdEncoding.EncodeToString([]byte(g.guid()))),
	}, decoy("placeholder", "README.md", "secretKey: 'sec-c-xxxxx', // Server-side only\n"),
		decoy("test value", "test.php", "'secretKey' => 'sec-c-bar',\n"),
		decoy("one short", "x.txt", "sec-c-"+g.alnum(47)+"\n"),
		decoy("publish key", "pubnub.js", "publishKey: 'pub-c-"+g.guid()+"',\n"))
	add("telnyx-api-key", []provTP{
		tp(".env", "TELNYX_API_KEY=%s\n", "KEY01"+upHex(30)+"_"+g.alnum(22)),
		tp("call.sh", "curl -H \"Authorization: Bearer %s\" https://api.telnyx.com/v2/calls\n", "KEY01"+upHex(30)+"_"+g.alnum(22)),
	}, decoy("placeholder", ".env.example", "TELNYX_API_KEY=KEY_xxx\n"),
		decoy("test fake", "e2e.sh", "TELNYX_API_KEY=KEYe2efake\n"),
		decoy("one short", ".env", "TELNYX_API_KEY=KEY01"+upHex(30)+"_"+g.alnum(21)+"\n"),
		decoy("lower-case hex", ".env", "TELNYX_API_KEY=KEY01"+g.hex(30)+"_"+g.alnum(22)+"\n"))
	add("ably-api-key", []provTP{
		tp("chat.tsx", "const client = new Ably.Realtime({ key: '%s', clientId: user.id });\n", g.alnum(6)+"."+g.legacy(6)+":"+g.legacy(43)),
		tp(".env", "ABLY_API_KEY=%s\n", g.alnum(6)+"."+g.alnum(6)+":"+g.legacy(43)),
	}, decoy("placeholder", ".env.example", "ABLY_API_KEY=your-ably-api-key:goes-here\n"),
		decoy("no Ably name", "cfg.ts", "const k = '"+g.alnum(6)+"."+g.alnum(6)+":"+g.legacy(43)+"';\n"),
		decoy("one short", ".env", "ABLY_API_KEY="+g.alnum(6)+"."+g.alnum(6)+":"+g.legacy(42)+"\n"))
	add("mandrill-api-key", []provTP{
		tp(".env", "MANDRILL_API_KEY=\"%s\"\n", g.url64(22)),
		tp("config.json", "{\"mandrill_api_key\": \"%s\"}\n", "md-"+g.url64(22)),
	}, decoy("placeholder", ".env.example", "MANDRILL_API_KEY=your-mandrill-api-key\n"),
		decoy("X run", ".env.example", "MANDRILL_API_KEY="+x("X", 22)+"\n"),
		decoy("env reference", "Makefile", "PROVIDER_MANDRILL_API_KEY=$(PROVIDER_MANDRILL_API_KEY)\n"))
	add("loops-api-key", []provTP{
		tp(".env", "LOOPS_API_KEY=%s\n", g.hex(32)),
		tp("loops.ts", "const loopsApiKey = \"%s\";\n", g.hex(32)),
	}, decoy("placeholder", ".env.example", "LOOPS_API_KEY=your_loops_api_key\n"),
		decoy("zeros", ".env.example", "LOOPS_API_KEY="+x("0", 32)+"\n"),
		decoy("not a key name", "loop.go", "loops := \""+g.hex(32)+"\"\n"))
	add("customerio-api-key", []provTP{
		tp(".env", "CUSTOMERIO_API_KEY=%s\n", g.hex(20)),
		tp("config.yaml", "customer_io_app_api_key: \"%s\"\n", g.hex(32)),
	}, decoy("site ID", ".env", "CUSTOMERIO_SITE_ID="+g.hex(20)+"\n"),
		decoy("placeholder", ".env.example", "CUSTOMERIO_API_KEY=your-customerio-api-key\n"))
	add("klaviyo-private-api-key", []provTP{
		tp(".env", "KLAVIYO_PRIVATE_KEY=%s\n", "pk_"+g.hex(34)),
		tp("sync.py", "client = KlaviyoAPI(\"%s\")\n", "pk_"+g.hex(34)),
	}, decoy("placeholder", ".env.example", "KLAVIYO_PRIVATE_KEY=pk_"+x("x", 34)+"\n"),
		decoy("one short", ".env", "KLAVIYO_PRIVATE_KEY=pk_"+g.hex(33)+"\n"),
		decoy("ellipsis", "README.md", "KLAVIYO_API_KEY=pk_...\n"))
	add("pushover-api-token", []provTP{
		tp(".env", "PUSHOVER_APP_TOKEN=%s\n", g.alnum(30)),
		tp("notify.py", "pushover_user_key = \"%s\"\n", "u"+g.alnum(29)),
	}, decoy("X run", ".env.example", "PUSHOVER_APP_TOKEN="+x("x", 30)+"\n"),
		decoy("placeholder", ".env.example", "PUSHOVER_USER_KEY=your-pushover-user-key\n"))
	add("plivo-auth-token", []provTP{
		tp(".env", "PLIVO_AUTH_TOKEN=%s\n", g.alnum(40)),
		tp("config.json", "{\"plivo_auth_token\": \"%s\"}\n", g.alnum(40)),
	}, decoy("auth ID", ".env", "PLIVO_AUTH_ID=MA"+g.up(18)+"\n"),
		decoy("X run", ".env.example", "PLIVO_AUTH_TOKEN="+x("X", 40)+"\n"))
	add("livekit-api-secret", []provTP{
		tp(".env", "LIVEKIT_API_SECRET=%s\n", g.alnum(43)),
		tp("livekit.yaml", "livekit_api_secret: %s\n", g.alnum(48)),
	}, decoy("API key", ".env", "LIVEKIT_API_KEY=API"+g.alnum(12)+"\n"),
		decoy("placeholder", ".env.example", "LIVEKIT_API_SECRET=your-api-secret\n"),
		decoy("X run", ".env.example", "LIVEKIT_API_SECRET="+x("x", 43)+"\n"))
	add("agora-app-certificate", []provTP{
		tp(".env", "AGORA_APP_CERTIFICATE=%s\n", g.hex(32)),
		tp("token.ts", "const agoraAppCertificate = '%s';\n", g.hex(32)),
	}, decoy("app ID", ".env", "AGORA_APP_ID="+g.hex(32)+"\n"),
		decoy("zeros", ".env.example", "AGORA_APP_CERTIFICATE="+x("0", 32)+"\n"))

	// --- saas
	add("stytch-secret", []provTP{
		tp(".env", "STYTCH_SECRET=%s\n", "secret-live-"+g.url64(35)+"="),
		tp("stytch.ts", "new Client({ project_id: \"project-test-"+g.guid()+"\", secret: \"%s\" });\n", "secret-test-"+g.url64(35)+"="),
	}, decoy("X run", ".env.example", "STYTCH_SECRET=secret-live-"+x("x", 35)+"=\n"),
		decoy("word", "settings.py", "LUMA_API_KEY='secret-live-key'\n"),
		decoy("one short", ".env", "STYTCH_SECRET=secret-live-"+g.url64(34)+"=\n"))
	add("clerk-secret-key", []provTP{
		tp(".env", "CLERK_SECRET_KEY=%s\n", "sk_test_"+g.alnum(42)),
		tp("clerk.ts", "export const config = { clerkSecretKey: \"%s\" };\n", "sk_live_"+g.alnum(42)),
	}, decoy("ellipsis", ".env.example", "CLERK_SECRET_KEY=sk_test_...\n"),
		decoy("publishable key", ".env", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_test_"+g.alnum(40)+"\n"),
		decoyAllowing("stripe-access-token", "a Stripe key without a Clerk name (gitleaks' Stripe rule reports it)", ".env", "STRIPE_SECRET_KEY=sk_test_"+g.alnum(42)+"\n"))
	add("workos-api-key", []provTP{
		tp(".env", "WORKOS_API_KEY=%s\n", servicesWorkOS(g, "test")),
		tp("main.tf", "provider \"workos\" {\n  api_key = \"%s\"\n}\n", servicesWorkOS(g, "live")),
	}, decoy("placeholder", ".env.example", "WORKOS_API_KEY=sk_test_your_api_key_here\n"),
		decoy("synthetic", "env.test.ts", "WORKOS_API_KEY=sk_test_SYNTHETIC_OLD\n"),
		decoy("too short", ".env", "WORKOS_API_KEY=sk_te"+"st_a2V5XzAx"+g.alnum(20)+"\n"))
	add("sanity-api-token", []provTP{
		tp(".env", "SANITY_API_TOKEN=%s\n", "sk"+g.alnum(178)),
		tp("sanity.ts", "const sanityToken = '%s';\n", "sk"+g.alnum(178)),
	}, decoy("ellipsis", "README.md", "SANITY_API_TOKEN=sk...  # Full read/write access token\n"),
		decoy("short example", "README.md", "# SANITY_API_TOKEN=skAbc"+"123Def456Ghi789...\n"),
		decoy("X run", ".env.example", "SANITY_API_TOKEN=sk"+x("x", 178)+"\n"))
	add("contentstack-management-token", []provTP{
		tp(".env", "CONTENTSTACK_MANAGEMENT_TOKEN=%s\n", "cs"+g.hex(32)),
		tp("cms.js", "module.exports = { contentstackManagementToken: \"%s\" };\n", "cs"+g.hex(24)),
	}, decoy("delivery token", ".env", "CONTENTSTACK_DELIVERY_TOKEN=cs"+g.hex(24)+"\n"),
		decoy("placeholder", ".env.example", "CONTENTSTACK_MANAGEMENT_TOKEN=your_management_token\n"))
	add("zoho-oauth-token", []provTP{
		tp(".env", "ZOHO_REFRESH_TOKEN=%s\n", "1000."+g.hex(32)+"."+g.hex(32)),
		tp("token.json", "{\"access_token\": \"%s\", \"expires_in\": 3600}\n", "1000."+g.hex(32)+"."+g.hex(32)),
	}, decoy("X run", ".env.example", "ZOHO_REFRESH_TOKEN=1000."+x("x", 32)+"."+x("x", 32)+"\n"),
		decoy("client ID", ".env", "ZOHO_CLIENT_ID=1000."+g.up(30)+"\n"),
		decoy("short example", "README.md", "ZOHO_REFRESH_TOKEN=1000."+"abc123.def456.xyz789\n"))
	add("pipedrive-api-token", []provTP{
		tp(".env", "PIPEDRIVE_API_TOKEN=%s\n", g.hex(40)),
		tp("crm.js", "const pipedriveToken = \"%s\";\n", g.hex(40)),
	}, decoy("placeholder", ".env.example", "PIPEDRIVE_API_TOKEN=your_api_token\n"),
		decoy("zeros", ".env.example", "PIPEDRIVE_API_TOKEN="+x("0", 40)+"\n"))
	add("freshdesk-api-key", []provTP{
		tp(".env", "FRESHDESK_API_KEY=%s\n", g.alnum(20)),
		tp("helpdesk.yaml", "freshdesk_api_key: %s\n", g.alnum(20)),
	}, decoy("X run", ".env.example", "FRESHDESK_API_KEY="+x("X", 20)+"\n"),
		decoy("placeholder", ".env.example", "FRESHDESK_API_KEY=your-freshdesk-key\n"))
	add("shortcut-api-token", []provTP{
		tp(".env", "SHORTCUT_API_TOKEN=%s\n", g.guid()),
		tp("client.js", "headers: { \"Shortcut-Token\": \"%s\" }\n", g.guid()),
	}, decoy("keyboard shortcut", "keys.ts", "const shortcutKey = 'ctrl+shift+k';\n"),
		decoy("env reference", ".env", "SHORTCUT_API_TOKEN=${SHORTCUT_API_TOKEN}\n"),
		decoy("zero UUID", ".env.example", "SHORTCUT_API_TOKEN=00000000-0000-0000-0000-000000000000\n"))
	add("todoist-api-token", []provTP{
		tp(".env", "TODOIST_API_TOKEN=%s\n", g.hex(40)),
		tp("tasks.py", "todoist_token = \"%s\"\n", g.hex(40)),
	}, decoy("placeholder", ".env.example", "TODOIST_API_TOKEN=your-todoist-token\n"),
		decoy("zeros", ".env.example", "TODOIST_API_TOKEN="+x("0", 40)+"\n"))
	add("box-client-secret", []provTP{
		tp(".env", "BOX_CLIENT_SECRET=%s\n", g.alnum(32)),
		tp("box.js", "const sdk = new BoxSDK({ boxDeveloperToken: '%s' });\n", g.alnum(32)),
	}, decoy("sandbox name", ".env", "SANDBOX_CLIENT_SECRET="+g.alnum(32)+"\n"),
		decoy("placeholder", ".env.example", "BOX_CLIENT_SECRET=your-box-client-secret\n"))
	zapier := func() string {
		return "https://hooks.zapier.com/hooks/catch/" + servicesDigits(g, 8) + "/" + g.low(7)
	}
	add("zapier-webhook-url", []provTP{
		tp("zap.js", "const webhookUrl = '%s/';\n", zapier()),
		tp("config.yaml", "zapier_hook: %s\n", zapier()),
	}, decoy("short example", "url.test.ts", "expect(isPublicHttpsUrl(\"https://hooks.zapier.com/hooks/catch/1/abc\")).toBe(true);\n"),
		decoy("placeholder", ".env.example", "ZAPIER_CONTACT_WEBHOOK=https://hooks.zapier.com/hooks/catch/YOUR_WEBHOOK_ID_FOR_CONTACT/\n"),
		decoy("ellipsis", "form.tsx", "placeholder=\"https://hooks.zapier.com/hooks/catch/...\"\n"))
	add("make-webhook-url", []provTP{
		tp("notify.py", "WEBHOOK_URL = \"%s\"\n", "https://hook.eu1.make.com/"+g.low(32)),
		tp("form.js", "await fetch('%s', { method: 'POST' });\n", "https://hook.us2.make.com/"+g.low(32)),
	}, decoy("short example", "README.md", "COPY THE URL (ex: `https://hook.eu1.make.com/abc123`)\n"),
		decoy("ellipsis", "form.tsx", "placeholder=\"https://hook.eu1.make.com/...\"\n"),
		decoy("X run", ".env.example", "MAKE_WEBHOOK=https://hook.eu1.make.com/"+x("x", 32)+"\n"))
	add("ifttt-webhook-key", []provTP{
		tp("notify.sh", "curl -X POST https://maker.ifttt.com/trigger/door_open/with/key/%s\n", g.url64(22)),
		tp("speed.py", "url = \"https://maker.ifttt.com/trigger/speedtest/json/with/key/%s\"\n", g.url64(22)),
	}, decoy("template", "README.md", "https://maker.ifttt.com/trigger/{EVENT_NAME}/with/key/{WEBHOOK_KEY}\n"),
		decoy("word", "sensor.ino", "String serverPath = \"http://maker.ifttt.com/trigger/discord/json/with/key/key\";\n"),
		decoy("concatenation", "ifttt.js", "var url = 'http://maker.ifttt.com/trigger/' + name + '/with/key/' + this.secret;\n"))
	add("expo-access-token", []provTP{
		tp(".env", "EXPO_TOKEN=%s\n", g.url64(40)),
		tp(".github/workflows/eas.yml", "env:\n  EXPO_ACCESS_TOKEN: %s\n", g.alnum(40)),
	}, decoy("secrets reference", ".github/workflows/eas.yml", "env:\n  EXPO_TOKEN: ${{ secrets.EXPO_TOKEN }}\n"),
		decoy("placeholder", "setup.sh", "export EXPO_TOKEN=your-expo-token\n"),
		decoy("X run", ".env.example", "EXPO_TOKEN="+x("x", 40)+"\n"))
	add("mux-token-secret", []provTP{
		tp(".env", "MUX_TOKEN_ID="+g.guid()+"\nMUX_TOKEN_SECRET=%s\n", g.std64(75)),
		tp("video.py", "mux_token_secret = \"%s\"\n", g.std64(75)),
	}, decoy("placeholder", ".env.example", "MUX_TOKEN_SECRET=your-token-secret\n"),
		decoy("webhook secret", ".env", "MUX_WEBHOOK_SECRET="+g.alnum(32)+"\n"))
	add("saucelabs-access-key", []provTP{
		tp(".env", "SAUCE_ACCESS_KEY=%s\n", g.guid()),
		tp("wdio.conf.yaml", "sauce_access_key: %s\n", g.guid()),
	}, decoy("placeholder", ".env.example", "SAUCE_ACCESS_KEY=your-sauce-access-key\n"),
		decoy("zero UUID", ".env.example", "SAUCE_ACCESS_KEY=00000000-0000-0000-0000-000000000000\n"))
	add("browserstack-access-key", []provTP{
		tp(".env", "BROWSERSTACK_ACCESS_KEY=%s\n", g.alnum(20)),
		tp("caps.json", "{\"browserstack.key\": \"%s\"}\n", g.alnum(20)),
	}, decoy("user name", ".env", "BROWSERSTACK_USERNAME=jane_"+g.low(6)+"\n"),
		decoy("X run", ".env.example", "BROWSERSTACK_ACCESS_KEY="+x("X", 20)+"\n"))
	add("lambdatest-access-key", []provTP{
		tp("run.bat", "set LT_ACCESS_KEY=%s\n", "LT_"+g.alnum(47)),
		tp("Base.java", "String accessKey = \"%s\";\n", "LT_"+g.alnum(47)),
	}, decoy("variable name", "README.md", "export LT_ACCESS_KEY=LT_ACCESS_KEY\n"),
		decoy("one short", "Base.java", "String accessKey = \"LT_"+g.alnum(46)+"\";\n"))

	// --- observability
	add("segment-write-key", []provTP{
		tp(".env", "SEGMENT_WRITE_KEY=%s\n", g.alnum(32)),
		tp("analytics.ts", "const segmentWriteKey = \"%s\";\n", g.alnum(32)),
	}, decoy("browser snippet", "index.html", "analytics.load(\""+g.alnum(32)+"\");\n"),
		decoy("X run", ".env.example", "SEGMENT_WRITE_KEY="+x("x", 32)+"\n"))
	add("mixpanel-service-account-secret", []provTP{
		tp(".env", "MIXPANEL_SERVICE_ACCOUNT_SECRET=%s\n", g.alnum(32)),
		tp("export.py", "MIXPANEL_API_SECRET = \"%s\"\n", g.hex(32)),
	}, decoy("project token", ".env", "MIXPANEL_TOKEN="+g.hex(32)+"\n"),
		decoy("placeholder", ".env.example", "MIXPANEL_API_SECRET=your_api_secret\n"))
	add("amplitude-secret-key", []provTP{
		tp(".env", "AMPLITUDE_SECRET_KEY=%s\n", g.hex(32)),
		tp("config.json", "{\"amplitudeSecretKey\": \"%s\"}\n", g.hex(32)),
	}, decoy("API key", ".env", "AMPLITUDE_API_KEY="+g.hex(32)+"\n"),
		decoy("zeros", ".env.example", "AMPLITUDE_SECRET_KEY="+x("0", 32)+"\n"))
	add("checkly-api-key", []provTP{
		tp(".env", "CHECKLY_API_KEY=%s\n", "cu_"+g.hex(32)),
		tp("main.tf", "provider \"checkly\" {\n  api_key = \"%s\"\n}\n", "cu_"+g.hex(32)),
	}, decoy("placeholder", ".env.example", "CHECKLY_API_KEY=cu_xxx\n"),
		decoy("one short", ".env", "CHECKLY_API_KEY=cu_"+g.hex(31)+"\n"),
		decoy("upper case", ".env", "CHECKLY_API_KEY=cu_"+upHex(32)+"\n"))
	add("betterstack-source-token", []provTP{
		tp(".env", "LOGTAIL_SOURCE_TOKEN=%s\n", g.alnum(24)),
		tp("logger.ts", "const logger = pino({ betterStackToken: '%s' });\n", g.alnum(24)),
	}, decoy("X run", ".env.example", "LOGTAIL_SOURCE_TOKEN="+x("x", 24)+"\n"),
		decoy("placeholder", ".env.example", "BETTERSTACK_API_TOKEN=your-better-stack-token\n"))
	add("coralogix-api-key", []provTP{
		tp(".env", "CORALOGIX_PRIVATE_KEY=%s\n", "cxtp_"+g.alnum(30)),
		tp("values.yaml", "coralogix:\n  apiKey: %s\n", "cxup_"+g.alnum(30)),
	}, decoy("placeholder", "deploy.sh", "export CORALOGIX_PRIVATE_KEY=cxtp_xxxxxxxx\n"),
		decoy("test fake", "test.ps1", "-e CORALOGIX_PRIVATE_KEY=cxtp_faketestkey_0123456789\n"),
		decoy("C++ macro", "view.cpp", "m_yOffset = CXTP_max(0, cy - szViewport.cy);\n"))
	add("logzio-token", []provTP{
		tp(".env", "LOGZIO_TOKEN=%s\n", g.draw(servicesLetters, 32)),
		tp("logging.yaml", "logzio_api_token: %s\n", g.guid()),
	}, decoy("listener", ".env", "LOGZIO_LISTENER=listener.logz.io\n"),
		decoy("placeholder", ".env.example", "LOGZIO_TOKEN=your-logzio-shipping-token\n"),
		decoy("X run", ".env.example", "LOGZIO_TOKEN="+x("X", 32)+"\n"))
	add("airbrake-api-key", []provTP{
		tp(".env", "AIRBRAKE_PROJECT_KEY=%s\n", g.hex(32)),
		tp("airbrake.yml", "AIRBRAKE_USER_KEY: \"%s\"\n", g.hex(40)),
	}, decoy("project ID", ".env", "AIRBRAKE_PROJECT_ID=123456\n"),
		decoy("zeros", ".env.example", "AIRBRAKE_PROJECT_KEY="+x("0", 32)+"\n"))
	add("uptimerobot-api-key", []provTP{
		tp(".env", "UPTIMEROBOT_API_KEY=%s\n", "u"+servicesDigits(g, 7)+"-"+g.hex(24)),
		tp("monitor.py", "uptime_robot_key = \"%s\"\n", "ur"+servicesDigits(g, 7)+"-"+g.hex(24)),
	}, decoy("placeholder", ".env.example", "UPTIMEROBOT_API_KEY=u1234567-xxxxx\n"),
		decoy("documented example", "README.md", "UPTIMEROBOT_API_KEY=ur123"+"456-7890abcdef1234567890abcdef\n"),
		decoy("monitor-specific key", "status.php", "$uptimerobot_key = 'm"+servicesDigits(g, 9)+"-"+g.hex(24)+"';\n"))
	{
		pub := g.hex(32)
		add("sentry-dsn-secret", []provTP{
			tp("sentry.ts", "Sentry.init({ dsn: \"https://"+pub+":%s@o"+servicesDigits(g, 6)+".ingest.sentry.io/"+servicesDigits(g, 7)+"\" });\n", g.hex(32)),
			tp(".env", "SENTRY_DSN=https://"+g.hex(32)+":%s@sentry.internal.example.com/12\n", g.hex(32)),
		}, decoy("public DSN", ".env", "SENTRY_DSN=https://"+pub+"@o"+servicesDigits(g, 6)+".ingest.sentry.io/"+servicesDigits(g, 7)+"\n"),
			decoy("placeholder", ".env.example", "SENTRY_DSN=https://your_sentry_dsn@sentry.io/project\n"))
	}

	// --- payments
	add("adyen-api-key", []provTP{
		tp(".env", "ADYEN_API_KEY=%s\n", servicesAdyen(g)),
		tp("checkout.php", "$header = [\"X-API-Key: %s\", \"content-type: application/json\"];\n", servicesAdyen(g)),
	}, decoy("ellipsis", ".env.example", "ADYEN_API_KEY=AQE...\n"),
		decoy("X run", ".env.example", "ADYEN_API_KEY=AQExxxxxxxxxxxxxxxxxx\n"),
		decoy("truncated", "README.md", "ADYEN_API_KEY=AQE"+g.std64(73)+"==-"+g.std64(20)+"...\n"))
	add("checkout-sandbox-secret-key", []provTP{
		tp("pay.js", "const cko = new Checkout('%s', { pk: 'pk_sbox_"+b32(27)+"' });\n", "sk_sbox_"+b32(27)),
		tp("pay.sh", "curl https://api.sandbox.checkout.com/payments -H 'Authorization: Bearer %s'\n", "sk_sbox_"+b32(27)),
	}, decoy("placeholder", "README.md", "// const cko = new Checkout('sk_sbox_XXX', { pk: 'pk_sbox_XXX'});\n"),
		decoy("words", "keys.js", "const SBOX_KEY = 'sk_sbox_zatcaconnect_uat_v1';\n"),
		decoy("one short", "pay.js", "key: 'sk_sbox_"+b32(25)+"'\n"))
	add("checkout-secret-key", []provTP{
		tp(".env", "CHECKOUT_SECRET_KEY=%s\n", "sk_"+b32(27)),
		tp("pay.js", "const cko = new Checkout('%s');\n", "sk_"+b32(27)),
	}, decoy("no Checkout name", ".env", "PAYMENT_KEY=sk_"+b32(27)+"\n"),
		decoy("placeholder", ".env.example", "CHECKOUT_SECRET_KEY=sk_live_xxx\n"))
	add("binance-api-secret", []provTP{
		tp(".env", "BINANCE_API_SECRET=%s\n", g.alnum(64)),
		tp("bot.py", "binance_secret_key = \"%s\"\n", g.alnum(64)),
	}, decoy("placeholder", ".env.example", "BINANCE_API_SECRET=your_binance_secret\n"),
		decoy("X run", ".env.example", "BINANCE_API_KEY="+x("x", 64)+"\n"))
	add("alpaca-secret-key", []provTP{
		tp(".env", "APCA_API_SECRET_KEY=%s\n", g.alnum(40)),
		tp("trading.yaml", "alpaca_secret: %s\n", g.alnum(40)),
	}, decoy("key ID", ".env", "APCA_API_KEY_ID=PK"+g.up(18)+"\n"),
		decoy("X run", ".env.example", "APCA_API_SECRET_KEY="+x("X", 40)+"\n"))
	add("wise-api-token", []provTP{
		tp(".env", "WISE_API_TOKEN=%s\n", g.guid()),
		tp("payouts.ts", "const transferwiseApiKey = \"%s\";\n", g.guid()),
	}, decoy("word inside a name", ".env", "OTHERWISE_TOKEN="+g.guid()+"\n"),
		decoy("placeholder", ".env.example", "WISE_API_TOKEN=your-wise-api-token\n"))
	add("chargebee-api-key", []provTP{
		tp(".env", "CHARGEBEE_API_KEY=%s\n", "live_"+g.alnum(34)),
		tp("billing.yaml", "chargebee_api_key: %s\n", "test_"+g.alnum(34)),
	}, decoy("ellipsis", "README.md", "export CHARGEBEE_API_KEY=test_...   # from a secret manager\n"),
		decoy("site", ".env", "CHARGEBEE_SITE=acme-test\n"))
	add("recurly-api-key", []provTP{
		tp(".env", "RECURLY_API_KEY=%s\n", g.hex(32)),
		tp("config.json", "{\"recurly_private_key\": \"%s\"}\n", g.hex(32)),
	}, decoy("placeholder", ".env.example", "RECURLY_API_KEY=your-recurly-api-key\n"),
		decoy("zeros", ".env.example", "RECURLY_API_KEY="+x("0", 32)+"\n"))

	return cs
}
