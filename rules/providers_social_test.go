package rules_test

import (
	"encoding/base64"
	"strings"
)

// The tables of rules/social.toml. Every token is drawn from the seeded
// generator or built from parts: the project scans itself, so no
// token-shaped literal may sit in this file.

func init() { moreProviderCases = append(moreProviderCases, socialCases) }

const socialLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// socialMatrix is a Synapse access token: syt_, the unpadded base64 of the
// localpart, 20 letters and a 6-character base62 check value.
func socialMatrix(g *tokenGen, prefix, localpart string) string {
	b64 := base64.RawStdEncoding.EncodeToString([]byte(localpart))
	return prefix + "_" + b64 + "_" + g.draw(socialLetters, 20) + "_" + g.alnum(6)
}

// socialWPPassword is a WordPress application password as WordPress shows
// it: 24 alphanumerics in six groups of four.
func socialWPPassword(g *tokenGen) string {
	parts := make([]string, 6)
	for i := range parts {
		parts[i] = g.alnum(4)
	}
	return strings.Join(parts, " ")
}

// socialBluesky is a Bluesky app password: four groups of four base32
// letters and digits.
func socialBluesky(g *tokenGen) string {
	const b32 = "abcdefghijklmnopqrstuvwxyz234567"
	return g.draw(b32, 4) + "-" + g.draw(b32, 4) + "-" + g.draw(b32, 4) + "-" + g.draw(b32, 4)
}

func socialEvernote(g *tokenGen) string {
	return "S=s1:U=" + g.hex(5) + ":E=" + g.hex(11) + ":C=" + g.hex(11) + ":P=1cd:A=en-devtoken:V=2:H=" + g.hex(32)
}

func socialCases(*tokenGen) []provCase {
	g := newTokenGen(20261127)
	var cs []provCase
	add := func(rule string, tps []provTP, decoys ...provDecoy) {
		cs = append(cs, provCase{rule: rule, tps: tps, decoy: decoys})
	}
	x := strings.Repeat
	miro := "eyJtaXJvLm9yaWdpbiI6I" + "mV1MDEifQ_"
	n8nJWT := func() string {
		return g.jwt(`{"sub":"` + g.guid() + `","iss":"n8n","aud":"public-api","iat":1730000000}`)
	}

	// --- social networks
	add("instagram-access-token", []provTP{
		tp(".env", "INSTAGRAM_ACCESS_TOKEN=%s\n", "IGQVJ"+g.url64(180)),
		tp("feed.ts", "const token = \"%s\";\n", "IGAA"+g.alnum(170)),
	}, decoy("X run", ".env.example", "INSTAGRAM_ACCESS_TOKEN=IGQVJ"+x("X", 180)+"\n"),
		decoy("too short", "feed.ts", "const token = \"IGAA"+g.alnum(60)+"\";\n"),
		decoy("env reference", "feed.ts", "const token = process.env.INSTAGRAM_TOKEN;\n"))
	add("threads-access-token", []provTP{
		tp(".env", "THREADS_ACCESS_TOKEN=%s\n", "THAA"+g.alnum(180)),
		tp("post.py", "token = \"%s\"\n", "THQVJ"+g.url64(170)),
	}, decoy("X run", ".env.example", "THREADS_ACCESS_TOKEN=THAA"+x("X", 180)+"\n"),
		decoy("placeholder", "README.md", "THREADS_ACCESS_TOKEN=<LONG_LIVED_ACCESS_TOKEN>\n"))
	add("meta-graph-access-token", []provTP{
		tp(".env", "WHATSAPP_TOKEN=%s\n", "EAAJ"+g.alnum(190)),
		tp("send.js", "headers: { Authorization: `Bearer ${'%s'}` },\n", "EAAG"+g.alnum(150)),
	}, decoyAllowing("facebook-page-access-token", "page token (gitleaks owns EAAM)", "page.py", "token = \"EAAM"+g.alnum(190)+"\"\n"),
		decoy("upper-case hex dump", "hash.txt", "EAA"+strings.ToUpper(g.hex(125))+"\n"),
		decoy("too short", "send.js", "const t = \"EAAG"+g.alnum(60)+"\";\n"),
		decoy("upper-case run", "dump.txt", "EAA"+g.up(125)+"\n"))
	add("pinterest-access-token", []provTP{
		tp(".env", "PINTEREST_ACCESS_TOKEN=%s\n", "pina_"+g.up(96)),
		tp("pins.py", "refresh = \"%s\"\n", "pinr_"+g.alnum(120)),
	}, decoy("placeholder", "README.md", "Enter the full token string, including the pina or pinr prefix.\n"),
		decoy("X run", ".env.example", "PINTEREST_ACCESS_TOKEN=pina_"+x("X", 96)+"\n"),
		decoy("tutorial example", "README.md", "export PINTEREST_API_TOKEN='pina_"+"ABCD1234EFGH5678IJKL9012MNOP3456QRST7890'\n"))
	add("tiktok-access-token", []provTP{
		tp(".env", "TIKTOK_ACCESS_TOKEN=%s\n", "act."+g.alnum(60)+"!"+"4905.va"),
		tp("tiktok.yaml", "tiktok_refresh_token: %s\n", "rft."+g.alnum(60)+"!"+"6121.va"),
	}, decoy("documented example", "README.md", "TIKTOK_ACCESS_TOKEN=act."+"example12345Example12345Example\n"),
		decoy("env reference", "config.ts", "tiktokAccessToken: process.env.TIKTOK_ACCESS_TOKEN,\n"))
	add("tiktok-client-secret", []provTP{
		tp(".env", "TIKTOK_CLIENT_SECRET=%s\n", g.alnum(32)),
		tp("settings.py", "TIKTOK_SECRET = '%s'\n", g.alnum(32)),
	}, decoy("one short", ".env", "TIKTOK_CLIENT_SECRET="+g.alnum(31)+"\n"),
		decoy("X run", ".env.example", "TIKTOK_CLIENT_SECRET="+x("x", 32)+"\n"))
	add("reddit-client-secret", []provTP{
		tp(".env", "REDDIT_CLIENT_SECRET=%s\n", g.url64(27)),
		tp("bot.json", "{\"redditClientSecret\": \"%s\"}\n", g.url64(30)),
	}, decoy("too long", ".env", "REDDIT_CLIENT_SECRET="+g.alnum(40)+"\n"),
		decoy("env reference", "bot.py", "reddit_secret = os.environ[\"REDDIT_SECRET\"]\n"))
	add("tumblr-oauth-secret", []provTP{
		tp(".env", "TUMBLR_CONSUMER_SECRET=%s\n", g.alnum(50)),
		tp("client.rb", "tumblr_oauth_token_secret = '%s'\n", g.alnum(50)),
	}, decoy("one short", ".env", "TUMBLR_CONSUMER_SECRET="+g.alnum(49)+"\n"),
		decoy("X run", ".env.example", "TUMBLR_CONSUMER_SECRET="+x("X", 50)+"\n"))
	add("mastodon-access-token", []provTP{
		tp(".env", "MASTODON_ACCESS_TOKEN=%s\n", g.url64(43)),
		tp("toot.py", "mastodon_token = \"%s\"\n", g.url64(43)),
	}, decoy("one short", ".env", "MASTODON_ACCESS_TOKEN="+g.url64(42)+"\n"),
		decoy("env reference", "toot.py", "mastodon_token = os.getenv(\"MASTODON_TOKEN\")\n"))
	add("bluesky-app-password", []provTP{
		tp(".env", "BLUESKY_APP_PASSWORD=%s\n", socialBluesky(g)),
		tp("config.yaml", "bsky_password: \"%s\"\n", socialBluesky(g)),
	}, decoy("placeholder", ".env.example", "BLUESKY_APP_PASSWORD=xxxx-xxxx-xxxx-xxxx\n"),
		decoy("upper case", ".env", "BLUESKY_APP_PASSWORD="+strings.ToUpper(socialBluesky(g))+"\n"))
	add("miro-access-token", []provTP{
		tp(".env", "MIRO_ACCESS_TOKEN=%s\n", miro+g.url64(27)),
		tp("board.ts", "const miro = new MiroApi('%s');\n", miro+g.alnum(27)),
	}, decoy("origin only", "notes.md", "token starts with "+miro+"\n"),
		decoy("X run", ".env.example", "MIRO_ACCESS_TOKEN="+miro+x("x", 27)+"\n"))

	// --- automation and CMS
	add("n8n-api-key", []provTP{
		tp("deploy.js", "headers: { 'X-N8N-API-KEY': '%s' },\n", n8nJWT()),
		tp(".env", "N8N_API_KEY=%s\n", n8nJWT()),
	}, decoy("env reference", "deploy.js", "headers: { 'X-N8N-API-KEY': process.env.N8N_API_KEY },\n"),
		decoy("placeholder", "README.md", "N8N_API_KEY=<your-api-key>\n"))
	add("strapi-api-token", []provTP{
		tp(".env", "STRAPI_API_TOKEN=%s\n", g.hex(256)),
		tp("client.ts", "const strapiToken = '%s';\n", g.hex(256)),
	}, decoy("one short", ".env", "STRAPI_API_TOKEN="+g.hex(255)+"\n"),
		decoy("zero run", ".env.example", "STRAPI_API_TOKEN="+x("0", 256)+"\n"))
	add("ghost-admin-api-key", []provTP{
		tp(".env", "GHOST_ADMIN_API_KEY=%s\n", g.hex(24)+":"+g.hex(64)),
		tp("publish.js", "const ghostAdminKey = '%s';\n", g.hex(24)+":"+g.hex(64)),
	}, decoy("content key", ".env", "GHOST_CONTENT_API_KEY="+g.hex(26)+"\n"),
		decoy("id only", "publish.js", "const ghostAdminKey = '"+g.hex(24)+":';\n"))
	add("wordpress-application-password", []provTP{
		tp(".env", "WP_APP_PASSWORD=\"%s\"\n", socialWPPassword(g)),
		tp("sync.py", "wordpress_application_password = \"%s\"\n", socialWPPassword(g)),
	}, decoy("X run", ".env.example", "WP_APP_PASSWORD=\""+strings.TrimSpace(x("XXXX ", 6))+"\"\n"),
		decoy("five groups", "sync.py", "wordpress_app_password = \""+strings.Join([]string{g.alnum(4), g.alnum(4), g.alnum(4), g.alnum(4), g.alnum(4)}, " ")+"\"\n"))
	add("drupal-hash-salt", []provTP{
		tp("sites/default/settings.php", "$settings['hash_salt'] = '%s';\n", g.url64(74)),
		tp("settings.php", "$settings[\"hash_salt\"] = \"%s\";\n", g.url64(74)),
	}, decoy("empty", "default.settings.php", "$settings['hash_salt'] = '';\n"),
		decoy("from file", "settings.php", "$settings['hash_salt'] = file_get_contents('/home/example/salt.txt');\n"))
	add("directus-static-token", []provTP{
		tp(".env", "DIRECTUS_TOKEN=%s\n", g.url64(32)),
		tp("cms.ts", "const directusStaticToken = \"%s\";\n", g.alnum(40)),
	}, decoy("X run", ".env.example", "DIRECTUS_TOKEN="+x("x", 32)+"\n"),
		decoy("env reference", "cms.ts", "const directusToken = process.env.DIRECTUS_TOKEN;\n"))
	add("prismic-access-token", []provTP{
		tp(".env", "PRISMIC_ACCESS_TOKEN=%s\n", "MC5"+g.url64(21)+".77-9"+g.url64(60)),
		tp("prismicio.js", "const prismicToken = '%s';\n", "MC5"+g.std64(80)),
	}, decoy("one part only", ".env", "PRISMIC_ACCESS_TOKEN=MC5"+g.alnum(20)+"\n"),
		decoy("env reference", "prismicio.js", "accessToken: process.env.PRISMIC_ACCESS_TOKEN,\n"))
	add("datocms-api-token", []provTP{
		tp(".env", "DATOCMS_API_TOKEN=%s\n", g.hex(30)),
		tp("datocms.config.js", "const datocmsReadonlyToken = '%s';\n", g.hex(30)),
	}, decoy("one short", ".env", "DATOCMS_API_TOKEN="+g.hex(29)+"\n"),
		decoy("X run", ".env.example", "DATOCMS_API_TOKEN="+x("x", 30)+"\n"))
	add("hygraph-auth-token", []provTP{
		tp(".env", "HYGRAPH_TOKEN=%s\n", g.jwt(`{"version":3,"iss":"https://management.hygraph.com/","aud":["https://api-eu-central-1.hygraph.com/v2/`+g.low(25)+`/master"]}`)),
		tp("codegen.yml", "graphcms_auth_token: %s\n", g.jwt(`{"version":3,"iss":"https://management.graphcms.com/"}`)),
	}, decoy("env reference", ".env", "HYGRAPH_TOKEN=${HYGRAPH_TOKEN}\n"),
		decoy("placeholder", "README.md", "HYGRAPH_TOKEN=<your-permanent-auth-token>\n"))
	add("builderio-private-key", []provTP{
		tp(".env", "BUILDER_PRIVATE_KEY=%s\n", "bpk-"+g.hex(32)),
		tp("sync.ts", "headers: { Authorization: 'Bearer ' + '%s' },\n", "bpk-"+g.hex(32)),
	}, decoy("one short", ".env", "BUILDER_PRIVATE_KEY=bpk-"+g.hex(31)+"\n"),
		decoy("X run", ".env.example", "BUILDER_PRIVATE_KEY=bpk-"+x("x", 32)+"\n"))
	add("storyblok-access-token", []provTP{
		tp(".env", "STORYBLOK_ACCESS_TOKEN=%s\n", g.alnum(22)+"tt"),
		tp("nuxt.config.ts", "storyblokToken: '%s',\n", g.alnum(22)+"tt"),
	}, decoy("no tt suffix", ".env", "STORYBLOK_ACCESS_TOKEN="+g.up(24)+"\n"),
		decoy("X run", ".env.example", "STORYBLOK_ACCESS_TOKEN="+x("X", 22)+"tt\n"))
	add("contentful-personal-access-token", []provTP{
		tp(".env", "CONTENTFUL_MANAGEMENT_TOKEN=%s\n", "CFPAT-"+g.url64(43)),
		tp("migrate.js", "const client = contentful.createClient({ accessToken: '%s' });\n", "CFPAT-"+g.alnum(43)),
	}, decoy("one short", ".env", "CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-"+g.alnum(42)+"\n"),
		decoy("X run", ".env.example", "CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-"+x("x", 43)+"\n"))
	add("evernote-developer-token", []provTP{
		tp("config.py", "EVERNOTE_DEV_TOKEN = \"%s\"\n", socialEvernote(g)),
		tp("evernote.yaml", "token: %s\n", socialEvernote(g)),
	}, decoy("truncated hash", "config.py", "token = \"S=s1:U=9a3f2:E=18c4a2b3c4d:C=18a1b2c3d4e:P=1cd:A=en-devtoken:V=2:H="+g.hex(16)+"\"\n"),
		decoy("placeholder", "README.md", "token: S=s1:U=XXXX:E=XXXX:C=XXXX:P=1cd:A=en-devtoken:V=2:H=XXXX\n"))
	add("linear-oauth-token", []provTP{
		tp(".env", "LINEAR_OAUTH_TOKEN=%s\n", "lin_oauth_"+g.hex(64)),
		tp("linear.ts", "const linear = new LinearClient({ accessToken: \"%s\" });\n", "lin_oauth_"+g.hex(64)),
	}, decoy("one short", ".env", "LINEAR_OAUTH_TOKEN=lin_oauth_"+g.hex(63)+"\n"),
		decoy("X run", ".env.example", "LINEAR_OAUTH_TOKEN=lin_oauth_"+x("x", 64)+"\n"))
	add("tally-api-key", []provTP{
		tp(".env", "TALLY_API_KEY=%s\n", "tly-"+g.alnum(40)),
		tp("forms.ts", "headers: { Authorization: \"Bearer %s\" },\n", "tly-"+g.alnum(32)),
	}, decoy("documented placeholder", "README.md", "Authorization: Bearer tly-xxxx\n"),
		decoy("no context", "notes.txt", "id tly-"+g.alnum(40)+"\n"))
	add("patreon-access-token", []provTP{
		tp(".env", "PATREON_CREATOR_ACCESS_TOKEN=%s\n", g.url64(43)),
		tp("patreon.json", "{\"patreonClientSecret\": \"%s\"}\n", g.url64(64)),
	}, decoy("one short", ".env", "PATREON_CREATOR_ACCESS_TOKEN="+g.alnum(42)+"\n"),
		decoy("env reference", "patreon.js", "const patreonToken = process.env.PATREON_TOKEN;\n"))
	add("devto-api-key", []provTP{
		tp(".env", "DEVTO_API_KEY=%s\n", g.alnum(24)),
		tp("publish.yml", "dev_to_api_key: %s\n", g.alnum(24)),
	}, decoy("one short", ".env", "DEVTO_API_KEY="+g.alnum(23)+"\n"),
		decoy("secrets reference", "publish.yml", "dev_to_api_key: ${{ secrets.DEVTO_API_KEY }}\n"))
	add("hashnode-access-token", []provTP{
		tp(".env", "HASHNODE_PAT=%s\n", g.guid()),
		tp("blog.ts", "const hashnodeToken = \"%s\";\n", g.guid()),
	}, decoy("zero uuid", ".env.example", "HASHNODE_PAT=00000000-0000-0000-0000-000000000000\n"),
		decoy("upper case", ".env", "HASHNODE_PAT="+strings.ToUpper(g.guid())+"\n"))
	add("disqus-api-secret", []provTP{
		tp(".env", "DISQUS_API_SECRET=%s\n", g.alnum(64)),
		tp("settings.py", "DISQUS_SECRET_KEY = '%s'\n", g.alnum(64)),
	}, decoy("one short", ".env", "DISQUS_API_SECRET="+g.alnum(63)+"\n"),
		decoy("X run", ".env.example", "DISQUS_API_SECRET="+x("X", 64)+"\n"))
	add("crisp-token-key", []provTP{
		tp(".env", "CRISP_TOKEN_KEY=%s\n", g.hex(64)),
		tp("crisp.js", "const crispKey = \"%s\";\n", g.hex(64)),
	}, decoy("identifier", ".env", "CRISP_TOKEN_IDENTIFIER="+g.guid()+"\n"),
		decoy("zero run", ".env.example", "CRISP_TOKEN_KEY="+x("0", 64)+"\n"))
	add("kakao-api-key", []provTP{
		tp(".env", "KAKAO_REST_API_KEY=%s\n", g.hex(32)),
		tp("application.yml", "kakao-admin-key: %s\n", g.hex(32)),
	}, decoy("javascript key name", ".env", "KAKAO_JS_KEY="+g.hex(32)+"\n"),
		decoy("one short", ".env", "KAKAO_REST_API_KEY="+g.hex(31)+"\n"))
	add("wechat-app-secret", []provTP{
		tp(".env", "WECHAT_APP_SECRET=%s\n", g.hex(32)),
		tp("config.py", "wx_app_secret = \"%s\"\n", g.hex(32)),
	}, decoy("app id", ".env", "WECHAT_APP_ID=wx"+g.hex(16)+"\n"),
		decoy("X run", ".env.example", "WECHAT_APP_SECRET="+x("x", 32)+"\n"))

	// --- messaging
	add("slack-signing-secret", []provTP{
		tp(".env", "SLACK_SIGNING_SECRET=%s\n", g.hex(32)),
		tp("app.yaml", "slack_signing_secret: \"%s\"\n", g.hex(32)),
	}, decoy("one short", ".env", "SLACK_SIGNING_SECRET="+g.hex(31)+"\n"),
		decoy("env reference", "app.js", "signingSecret: process.env.SLACK_SIGNING_SECRET,\n"))
	add("slack-client-secret", []provTP{
		tp(".env", "SLACK_CLIENT_SECRET=%s\n", g.hex(32)),
		tp("settings.py", "SLACK_CLIENT_SECRET = '%s'\n", g.hex(32)),
	}, decoy("client id", ".env", "SLACK_CLIENT_ID=1234567890.1234567890123\n"),
		decoy("X run", ".env.example", "SLACK_CLIENT_SECRET="+x("x", 32)+"\n"))
	add("line-channel-access-token", []provTP{
		tp(".env", "LINE_CHANNEL_ACCESS_TOKEN=%s\n", g.std64(171)+"="),
		tp("bot.js", "const config = { channelAccessToken: '%s' };\n", g.std64(172)),
	}, decoy("env reference", "bot.js", "const config = { channelAccessToken: process.env.CHANNEL_ACCESS_TOKEN };\n"),
		decoy("too short", ".env", "LINE_CHANNEL_ACCESS_TOKEN="+g.std64(43)+"\n"))
	add("line-channel-secret", []provTP{
		tp(".env", "LINE_CHANNEL_SECRET=%s\n", g.hex(32)),
		tp("bot.js", "const config = { channelSecret: '%s' };\n", g.hex(32)),
	}, decoy("env reference", "bot.js", "const config = { channelSecret: process.env.LINE_CHANNEL_SECRET };\n"),
		decoy("one short", ".env", "LINE_CHANNEL_SECRET="+g.hex(31)+"\n"))
	viber := func() string { return g.hex(16) + "-" + g.hex(16) + "-" + g.hex(16) }
	add("viber-auth-token", []provTP{
		tp(".env", "VIBER_AUTH_TOKEN=%s\n", viber()),
		tp("bot.py", "headers = {\"X-Viber-Auth-Token\": \"%s\"}\n", viber()),
	}, decoy("documented example", "README.md", "X-Viber-Auth-Token: 445da6az1s345z78-"+"dazcczb2542zv51a-e0vc5fva17480im9\n"),
		decoy("two groups", ".env", "VIBER_AUTH_TOKEN="+g.hex(16)+"-"+g.hex(16)+"\n"))
	add("matrix-access-token", []provTP{
		tp(".env", "MATRIX_ACCESS_TOKEN=%s\n", socialMatrix(g, "syt", "alice")),
		tp("bot.yaml", "access_token: %s\n", socialMatrix(g, "syr", "notify-bot")),
	}, decoy("X run", ".env.example", "MATRIX_ACCESS_TOKEN=syt_YWxpY2U_"+x("x", 20)+"_"+x("x", 6)+"\n"),
		decoy("short random part", ".env", "MATRIX_ACCESS_TOKEN=syt_YWxpY2U_"+g.draw(socialLetters, 12)+"_"+g.alnum(6)+"\n"))
	add("rocketchat-auth-token", []provTP{
		tp(".env", "ROCKETCHAT_AUTH_TOKEN=%s\n", g.url64(43)),
		tp("notify.py", "rocket_chat_token = \"%s\"\n", g.url64(43)),
	}, decoy("user id", ".env", "ROCKETCHAT_USER_ID="+g.alnum(17)+"\n"),
		decoy("env reference", "notify.py", "rocket_chat_token = os.environ[\"RC_TOKEN\"]\n"))
	add("zulip-api-key", []provTP{
		tp(".zuliprc", "[api]\nemail=notify-bot@example.zulipchat.com\nkey=%s\nsite=https://example.zulipchat.com\n", g.alnum(32)),
		tp(".env", "ZULIP_API_KEY=%s\n", g.alnum(32)),
	}, decoy("X run", ".zuliprc", "[api]\nemail=bot@example.com\nkey="+x("x", 32)+"\n"),
		decoy("one short", ".env", "ZULIP_API_KEY="+g.alnum(31)+"\n"))
	add("ntfy-access-token", []provTP{
		tp(".env", "NTFY_TOKEN=%s\n", "tk_"+g.low(29)),
		tp("alert.sh", "curl -d \"done\" -u \":%s\" ntfy.example.com/backups\n", "tk_"+g.low(29)),
	}, decoy("placeholder", ".env.example", "NTFY_TOKEN=tk_your_token_here\n"),
		decoy("upper case", ".env", "NTFY_TOKEN=tk_"+g.up(29)+"\n"))
	add("pushbullet-access-token", []provTP{
		tp(".env", "PUSHBULLET_ACCESS_TOKEN=%s\n", "o."+g.alnum(32)),
		tp("notify.py", "pushbullet_key = \"%s\"\n", "o."+g.alnum(32)),
	}, decoy("one short", ".env", "PUSHBULLET_ACCESS_TOKEN=o."+g.alnum(31)+"\n"),
		decoy("X run", ".env.example", "PUSHBULLET_ACCESS_TOKEN=o."+x("x", 32)+"\n"))
	add("dingtalk-robot-webhook", []provTP{
		tp("alert.py", "url = \"https://oapi.dingtalk.com/robot/send?access_token=%s\"\n", g.hex(64)),
		tp("alertmanager.yml", "  url: https://oapi.dingtalk.com/robot/send?access_token=%s\n", g.hex(64)),
	}, decoy("placeholder", "README.md", "https://oapi.dingtalk.com/robot/send?access_token=XXXXXX\n"),
		decoy("env reference", "alert.sh", "curl \"https://oapi.dingtalk.com/robot/send?access_token=${DING_TOKEN}\"\n"))
	add("dingtalk-robot-secret", []provTP{
		tp(".env", "DINGTALK_SECRET=%s\n", "SEC"+g.hex(64)),
		tp("alert.py", "dingtalk_sign_secret = \"%s\"\n", "SEC"+g.hex(64)),
	}, decoy("one short", ".env", "DINGTALK_SECRET=SEC"+g.hex(63)+"\n"),
		decoy("X run", ".env.example", "DINGTALK_SECRET=SEC"+x("x", 64)+"\n"))
	add("feishu-bot-webhook", []provTP{
		tp("notify.py", "WEBHOOK = \"https://open.feishu.cn/open-apis/bot/v2/hook/%s\"\n", g.guid()),
		tp("values.yaml", "lark_webhook: https://open.larksuite.com/open-apis/bot/v2/hook/%s\n", g.guid()),
	}, decoy("placeholder", "README.md", "https://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n"),
		decoy("env reference", "notify.sh", "curl https://open.feishu.cn/open-apis/bot/v2/hook/${FEISHU_HOOK}\n"))
	add("wecom-bot-webhook", []provTP{
		tp("notify.py", "url = \"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=%s\"\n", g.guid()),
		tp("alertmanager.yml", "  url: https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=%s\n", g.guid()),
	}, decoy("placeholder", "README.md", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=YOUR_KEY\n"),
		decoy("env reference", "notify.sh", "curl \"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=$WECOM_KEY\"\n"))
	add("chatwork-api-token", []provTP{
		tp(".env", "CHATWORK_API_TOKEN=%s\n", g.hex(32)),
		tp("notify.py", "headers = {\"X-ChatWorkToken\": \"%s\"}\n", g.hex(32)),
	}, decoy("one short", ".env", "CHATWORK_API_TOKEN="+g.hex(31)+"\n"),
		decoy("X run", ".env.example", "CHATWORK_API_TOKEN="+x("x", 32)+"\n"))
	add("vikunja-api-token", []provTP{
		tp(".env", "VIKUNJA_API_TOKEN=%s\n", "tk_"+g.hex(40)),
		tp("sync.py", "headers = {\"Authorization\": \"Bearer %s\"}\n", "tk_"+g.hex(40)),
	}, decoy("one short", ".env", "VIKUNJA_API_TOKEN=tk_"+g.hex(39)+"\n"),
		decoy("X run", ".env.example", "VIKUNJA_API_TOKEN=tk_"+x("x", 40)+"\n"))
	gotifyChars := "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_"
	add("gotify-token", []provTP{
		tp(".env", "GOTIFY_APP_TOKEN=%s\n", "A"+g.draw(gotifyChars, 14)),
		tp("notify.py", "headers = {\"X-Gotify-Key\": \"%s\"}\n", "A"+g.draw(gotifyChars, 14)),
	}, decoy("one short", ".env", "GOTIFY_APP_TOKEN=A"+g.alnum(13)+"\n"),
		decoy("X run", ".env.example", "GOTIFY_APP_TOKEN=A"+x("x", 14)+"\n"))
	unm := "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz"
	add("rocketchat-webhook-url", []provTP{
		tp("notify.sh", "curl -X POST -d @msg.json https://chat.example.org/hooks/%s\n", g.draw(unm, 17)+"/"+g.draw(unm, 48)),
		tp("alertmanager.yml", "  url: 'https://rocket.example.com/hooks/%s'\n", g.draw(unm, 17)+"/"+g.draw(unm, 48)),
	}, decoy("mattermost hook", "notify.sh", "curl https://mm.example.org/hooks/"+g.low(26)+"\n"),
		decoy("short token", "notify.sh", "curl https://chat.example.org/hooks/"+g.draw(unm, 17)+"/"+g.draw(unm, 24)+"\n"))
	sig := func(host string) string {
		return "https://" + host + "/workflows/" + g.hex(32) + "/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig="
	}
	add("power-automate-webhook-signature", []provTP{
		tp("teams.ps1", "$webhook = \""+sig("prod-27.westeurope.logic.azure.com:443")+"%s\"\n", g.url64(43)),
		tp("values.yaml", "teamsWebhook: "+strings.Replace(sig("default"+g.hex(8)+".0e.environment.api.powerplatform.com:443"), "/workflows/", "/powerautomate/automations/direct/workflows/", 1)+"%s\n", g.url64(43)),
	}, decoy("placeholder", "README.md", sig("prod-27.westeurope.logic.azure.com:443")+"<signature>\n"),
		decoy("short signature", "teams.ps1", sig("prod-27.westeurope.logic.azure.com:443")+g.url64(20)+"\n"))
	return cs
}
