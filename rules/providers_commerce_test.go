package rules_test

import (
	"encoding/base64"
	"strings"
)

// The tables of rules/commerce.toml. Every token is built from the seeded
// generator or from parts, and every placeholder value is split into short
// literals: the project scans itself.

func init() { moreProviderCases = append(moreProviderCases, commerceCases) }

// commerceBase58 is the alphabet of Gemini API secrets.
const commerceBase58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

func commerceDigits(g *tokenGen, n int) string {
	return g.draw("123456789", 1) + g.draw("0123456789", n-1)
}

// commerceJWT is a JWT with the given header and claims and a random
// HS256-sized signature.
func commerceJWT(g *tokenGen, header, claims string) string {
	enc := base64.RawURLEncoding.EncodeToString
	return enc([]byte(header)) + "." + enc([]byte(claims)) + "." + enc(g.bytes(32))
}

// commerceEbayToken is an eBay OAuth user token: v^1.1#i^1#…#t^ and the
// base64 of a gzip stream.
func commerceEbayToken(g *tokenGen) string {
	return "v^1.1#i^1#" + "p^3#f^0#r^1#I^3#" + "t^" + "H4sIAAAAAAAAA" + g.std64(700) + "=="
}

// commerceCases ignores the shared generator and draws from its own seed,
// so that adding cases here does not change the tokens of other tables.
func commerceCases(*tokenGen) []provCase {
	g := newTokenGen(20260702)
	var cs []provCase
	add := func(rule string, tps []provTP, decoys ...provDecoy) {
		cs = append(cs, provCase{rule: rule, tps: tps, decoy: decoys})
	}
	x := strings.Repeat
	upHex := func(n int) string { return strings.ToUpper(g.hex(n)) }
	b58 := func(n int) string { return g.draw(commerceBase58, n) }
	jwtHS := func(claims string) string {
		return commerceJWT(g, `{"alg":"HS256","typ":"JWT"}`, claims)
	}

	// --- payment providers
	add("paystack-secret-key", []provTP{
		tp(".env", "PAYSTACK_SECRET_KEY=%s\n", "sk_live_"+g.hex(40)),
		tp("paystack.js", "const paystack = require('paystack')('%s');\n", "sk_test_"+g.hex(40)),
	}, decoy("X run", ".env.example", "PAYSTACK_SECRET_KEY=sk_test_"+x("x", 40)+"\n"),
		decoy("one short", "paystack.js", "const key = 'sk_live_"+g.hex(39)+"';\n"),
		decoy("upper-case hex", "paystack.js", "const key = 'sk_live_"+upHex(40)+"';\n"),
		decoy("public key", "checkout.js", "PaystackPop.setup({ key: 'pk_live_"+g.hex(40)+"' });\n"))
	add("xendit-secret-key", []provTP{
		tp("xendit.php", "$apiKey = \"%s\"; // Secret API key\n", "xnd_development_"+g.alnum(62)),
		tp(".env", "XENDIT_SECRET_KEY=%s\n", "xnd_production_"+g.alnum(60)),
	}, decoy("ellipsis", "Balance.cs", "XenditConfiguration.ApiKey = \"xnd_development_...\";\n"),
		decoy("dummy", "pay.ts", "const k = process.env.XENDIT_SECRET_KEY || \"xnd_development_"+"dummy\";\n"),
		decoy("public key", "checkout.js", "Xendit.setPublishableKey('xnd_public_development_"+g.alnum(60)+"');\n"))
	add("midtrans-server-key", []provTP{
		tp("snap.js", "const snap = new midtransClient.Snap({ isProduction: false, serverKey: '%s' });\n", "SB-Mid-server-"+g.legacy(24)),
		tp(".env", "MIDTRANS_SERVER_KEY=%s\n", "Mid-server-"+g.alnum(24)),
	}, decoy("placeholder", "webhook.js", "const SERVER_KEY = process.env.MIDTRANS_SERVER_KEY || 'SB-Mid-server-"+"YOUR-SERVER-KEY';\n"),
		decoy("X run", ".env.example", "MIDTRANS_SERVER_KEY=SB-Mid-server-"+x("x", 12)+"\n"),
		decoy("client key", ".env", "MIDTRANS_CLIENT_KEY=SB-Mid-client-"+g.alnum(16)+"\n"))
	{
		mp := func() string {
			return "APP_USR-" + commerceDigits(g, 16) + "-" + commerceDigits(g, 6) + "-" + g.hex(32) + "-" + commerceDigits(g, 9)
		}
		add("mercadopago-access-token", []provTP{
			tp(".env", "MERCADOPAGO_ACCESS_TOKEN=%s\n", mp()),
			tp("payment.py", "sdk = mercadopago.SDK(\"%s\")\n", mp()),
		}, decoy("public key", "checkout.js", "const mp = new MercadoPago('APP_USR-"+g.guid()+"');\n"),
			decoy("placeholder", "README.md", "MP_ACCESS_TOKEN=APP_USR-"+"xxxxxxxx\n"),
			decoy("upper-case hex", ".env", "MP_ACCESS_TOKEN=APP_USR-"+commerceDigits(g, 16)+"-"+commerceDigits(g, 6)+"-"+upHex(32)+"-"+commerceDigits(g, 9)+"\n"))
	}
	add("klarna-api-key", []provTP{
		tp("klarna.sh", "curl -H \"Authorization: Basic %s\" https://api.klarna.com/payments/v1/sessions\n", "klarna_live_api_"+g.std64(60)),
		tp("config.yaml", "klarna:\n  api_key: %s\n", "klarna_test_api_"+g.alnum(80)),
	}, decoy("documentation example", "README.md", "API key example: "+"klarna_li"+"ve_api_e"+"lZGI1B5dH"+"BIRWltRjF"+"5cjZrNldn"+"bEVjKnIqe"+"C[...]Uybz0\n"),
		decoy("client identifier", "klarna.js", "Klarna.init({ clientId: 'klarna_test_client_"+g.alnum(60)+"' });\n"),
		decoy("X run", ".env.example", "KLARNA_API_KEY=klarna_test_api_"+x("X", 60)+"\n"))
	add("worldpay-service-key", []provTP{
		tp(".env", "WORLDPAY_SERVICE_KEY=%s\n", "T_S_"+g.guid()),
		tp("settings.py", "WORLDPAY = {\"client_key\": \"T_C_"+g.guid()+"\"}\nWORLDPAY_SERVICE_KEY = \"%s\"\n", "L_S_"+g.guid()),
	}, decoy("client key", ".env", "WORLDPAY_CLIENT_KEY=T_C_"+g.guid()+"\n"),
		decoy("no Worldpay name", ".env", "SERVICE_KEY=T_S_"+g.guid()+"\n"),
		decoy("zeros", ".env.example", "WORLDPAY_SERVICE_KEY=T_S_"+x("0", 8)+"-0000-0000-0000-"+x("0", 12)+"\n"))
	add("authorizenet-transaction-key", []provTP{
		tp(".env", "AUTHORIZE_NET_TRANSACTION_KEY=%s\n", g.alnum(16)),
		tp("charge.php", "$merchantAuthentication->setTransactionKey(\"%s\");\n", g.alnum(16)),
	}, decoy("env lookup", "charge.php", "$merchantAuthentication->setTransactionKey(getenv('AUTHNET_TRANSACTION_KEY'));\n"),
		decoy("one short", ".env", "AUTHORIZENET_TRANSACTION_KEY="+g.alnum(15)+"\n"),
		decoy("placeholder", ".env.example", "AUTHORIZE_NET_TRANSACTION_KEY="+"YOUR_TRANS"+"ACTION_KEY\n"))
	add("payu-merchant-secret", []provTP{
		tp(".env", "PAYU_MERCHANT_SALT=%s\n", g.alnum(32)),
		tp("payu.yaml", "payu_client_secret: \"%s\"\n", g.hex(32)),
	}, decoy("merchant key", ".env", "PAYU_MERCHANT_KEY="+g.alnum(6)+"\n"),
		decoy("X run", ".env.example", "PAYU_SALT="+x("x", 32)+"\n"),
		decoy("one short", ".env", "PAYU_SALT="+g.alnum(31)+"\n"))
	add("affirm-private-api-key", []provTP{
		tp(".env", "AFFIRM_PRIVATE_API_KEY=%s\n", g.alnum(32)),
		tp("affirm.rb", "Affirm.configure do |c|\n  c.public_api_key  = \""+g.up(16)+"\"\n  c.affirm_private_key = \"%s\"\nend\n", g.alnum(32)),
	}, decoy("public key", ".env", "AFFIRM_PUBLIC_API_KEY="+g.up(16)+"\n"),
		decoy("env lookup", "affirm.rb", "c.affirm_private_key = ENV['AFFIRM_PRIVATE_API_KEY']\n"),
		decoy("X run", ".env.example", "AFFIRM_PRIVATE_API_KEY="+x("X", 32)+"\n"))
	add("coinbase-commerce-api-key", []provTP{
		tp("charge.sh", "curl -H \"X-CC-Api-Key: %s\" -H \"X-CC-Version: 2018-03-22\" https://api.commerce.coinbase.com/charges\n", g.guid()),
		tp(".env", "COINBASE_COMMERCE_API_KEY=%s\n", g.guid()),
	}, decoy("env reference", "charge.js", "headers: { 'X-CC-Api-Key': process.env.COINBASE_COMMERCE_API_KEY }\n"),
		decoy("zero UUID", ".env.example", "COINBASE_COMMERCE_API_KEY=00000000-0000-0000-0000-"+x("0", 12)+"\n"),
		decoy("upper-case UUID", ".env", "COINBASE_COMMERCE_API_KEY="+strings.ToUpper(g.guid())+"\n"))
	add("bitfinex-api-secret", []provTP{
		tp(".env", "BITFINEX_API_SECRET=%s\n", g.alnum(43)),
		tp("bot.py", "bfx = Client(api_key=BITFINEX_KEY, bitfinex_secret='%s')\n", g.alnum(43)),
	}, decoy("API key", ".env", "BITFINEX_API_KEY="+g.alnum(43)+"\n"),
		decoy("one short", ".env", "BITFINEX_API_SECRET="+g.alnum(42)+"\n"),
		decoy("X run", ".env.example", "BITFINEX_API_SECRET="+x("x", 43)+"\n"))
	add("gemini-exchange-api-secret", []provTP{
		tp(".env", "GEMINI_API_KEY=account-"+g.alnum(20)+"\nGEMINI_API_SECRET=%s\n", b58(28)),
		tp("trade.py", "gemini_secret = \"%s\"\n", b58(27)),
	}, decoy("Google Gemini key", ".env", "GEMINI_API_KEY=AIza"+g.legacy(35)+"\n"),
		decoy("X run", ".env.example", "GEMINI_API_SECRET="+x("x", 28)+"\n"),
		decoy("base58 excludes 0", ".env", "GEMINI_API_SECRET="+b58(14)+"0"+b58(13)+"\n"))
	add("okx-api-secret", []provTP{
		tp(".env", "OKX_SECRET_KEY=%s\n", upHex(32)),
		tp("okx.ts", "const client = new RestClient({ apiKey, okxApiSecret: '%s', apiPass });\n", upHex(32)),
	}, decoy("lower-case hex", ".env", "OKX_SECRET_KEY="+g.hex(32)+"\n"),
		decoy("one short", ".env", "OKX_SECRET_KEY="+upHex(31)+"\n"),
		decoy("no OKX name", ".env", "SECRET_KEY="+upHex(32)+"\n"))
	add("bybit-api-secret", []provTP{
		tp(".env", "BYBIT_API_SECRET=%s\n", g.alnum(36)),
		tp("bot.py", "session = HTTP(api_key=KEY, api_secret=\"x\")\nbybit_secret = \"%s\"\n", g.alnum(36)),
	}, decoy("API key", ".env", "BYBIT_API_KEY="+g.alnum(18)+"\n"),
		decoy("one short", ".env", "BYBIT_API_SECRET="+g.alnum(35)+"\n"),
		decoy("env lookup", "bot.py", "bybit_secret = os.environ[\"BYBIT_API_SECRET\"]\n"))
	add("polar-access-token", []provTP{
		tp(".env", "POLAR_ACCESS_TOKEN=%s\n", "polar_oat_"+g.alnum(43)),
		tp("polar.ts", "const polar = new Polar({ accessToken: '%s' });\n", "polar_pat_"+g.alnum(43)),
	}, decoy("placeholder", "README.md", "-H \"Authorization: Bearer polar_pat_"+"YOUR_TOKEN_HERE\"\n"),
		decoy("one short", ".env", "POLAR_ACCESS_TOKEN=polar_oat_"+g.alnum(42)+"\n"),
		decoy("client id", ".env", "POLAR_CLIENT_ID=polar_ci_"+g.alnum(22)+"\n"))
	add("sumup-api-key", []provTP{
		tp("pay.py", "client = Sumup(api_key=\"%s\")\n", "sup_sk_"+g.alnum(32)),
		tp(".env", "SUMUP_API_KEY=%s\n", "sup_sk_"+g.alnum(32)),
	}, decoy("truncated example", "README.md", "client = Sumup(api_key=\"sup_sk_MvxmLOl0...\")\n"),
		decoy("X run", ".env.example", "SUMUP_API_KEY=sup_sk_"+x("x", 32)+"\n"))
	add("lemonsqueezy-api-key", []provTP{
		tp(".env", "LEMONSQUEEZY_API_KEY=%s\n", g.jwt(`{"aud":"1","jti":"`+g.hex(40)+`","iat":1767225600,"sub":"123456","scopes":[]}`)),
		tp("lemon.ts", "lemonSqueezySetup({ apiKey: process.env.X });\nconst LEMON_SQUEEZY_API_KEY = \"%s\";\n", g.jwt(`{"aud":"1","sub":"987654"}`)),
	}, decoy("env reference", "lemon.ts", "lemonSqueezySetup({ apiKey: process.env.LEMONSQUEEZY_API_KEY });\n"),
		decoy("placeholder", ".env.example", "LEMONSQUEEZY_API_KEY="+"your-api-key\n"))

	// --- marketplaces and commerce platforms
	ebaySecret := func(env string) string {
		return env + "-" + g.hex(12) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4)
	}
	add("ebay-client-secret", []provTP{
		tp(".env", "EBAY_APP_ID=Shop-App-PRD-"+g.hex(9)+"-"+g.hex(8)+"\nEBAY_CERT_ID=%s\n", ebaySecret("PRD")),
		tp("ebay.yaml", "api.sandbox.ebay.com:\n  appid: x\n  certid: %s\n", ebaySecret("SBX")),
	}, decoy("app ID", ".env", "EBAY_APP_ID=Shop-App-PRD-"+g.hex(9)+"-"+g.hex(8)+"\n"),
		decoy("one short", ".env", "EBAY_CERT_ID=PRD-"+g.hex(11)+"-"+g.hex(4)+"-"+g.hex(4)+"-"+g.hex(4)+"-"+g.hex(4)+"\n"),
		decoy("zeros", ".env.example", "EBAY_CERT_ID=PRD-"+x("0", 12)+"-0000-0000-0000-0000\n"))
	add("ebay-user-token", []provTP{
		tp("ebay.yaml", "api.ebay.com:\n  token: %s\n", commerceEbayToken(g)),
		tp("list.py", "headers = {\"Authorization\": \"Bearer %s\"}\n", commerceEbayToken(g)),
	}, decoy("truncated", "README.md", "token looks like v^1.1#i^1#p^3#f^0#r^1#I^3#t^H4sI...\n"),
		decoy("X run", ".env.example", "EBAY_TOKEN=v^1.1#i^1#p^3#t^"+x("X", 200)+"\n"))
	add("amazon-lwa-client-secret", []provTP{
		tp("spapi.py", "credentials = dict(lwa_app_id='amzn1.application-oa2-client."+g.hex(32)+"', lwa_client_secret='%s')\n", "amzn1.oa2-cs.v1."+g.hex(64)),
		tp(".env", "LWA_CLIENT_SECRET=%s\n", "amzn1.oa2-cs.v1."+g.hex(64)),
	}, decoy("ellipsis", "README.md", "- `client_secret` - starts with `amzn1.oa2-cs.v1.`\n"),
		decoy("client ID", ".env", "LWA_CLIENT_ID=amzn1.application-oa2-client."+g.hex(32)+"\n"),
		decoy("X run", ".env.example", "LWA_CLIENT_SECRET=amzn1.oa2-cs.v1."+x("x", 64)+"\n"))
	add("amazon-lwa-refresh-token", []provTP{
		tp(".env", "LWA_REFRESH_TOKEN=%s\n", "Atzr|IwEBI"+g.legacy(360)),
		tp("config.json", "{\"refresh_token\": \"%s\"}\n", "Atzr|IwEBI"+g.legacy(300)),
	}, decoy("ellipsis", "README.md", "LWA_REFRESH_TOKEN=Atzr|...\n"),
		decoy("short", "notes.md", "Atzr|IwEBI"+g.legacy(40)+"\n"))
	add("amazon-lwa-access-token", []provTP{
		tp("orders.sh", "curl -H \"x-amz-access-token: %s\" https://sellingpartnerapi-na.amazon.com/orders/v0/orders\n", "Atza|IwEBI"+g.legacy(300)),
		tp("ads.py", "headers = {\"Authorization\": \"Bearer %s\"}\n", "Atza|IwEBI"+g.legacy(250)),
	}, decoy("ellipsis", "README.md", "x-amz-access-token: Atza|...\n"),
		decoy("short", "notes.md", "Atza|IwEBI"+g.legacy(40)+"\n"))
	add("bigcommerce-access-token", []provTP{
		tp(".env", "BIGCOMMERCE_STORE_HASH="+g.low(10)+"\nBIGCOMMERCE_ACCESS_TOKEN=%s\n", g.low(31)),
		tp("bc.ts", "const bigCommerce = new BigCommerce({ storeHash, bigcommerceToken: '%s' });\n", g.low(31)),
	}, decoy("X run", "run.md", "export BIGCOMMERCE_ACCESS_TOKEN=\""+x("x", 31)+"\"\n"),
		decoy("placeholder", ".env.example", "BIGCOMMERCE_ACCESS_TOKEN="+"your_access_token\n"),
		decoy("upper case", ".env", "BIGCOMMERCE_ACCESS_TOKEN="+g.up(31)+"\n"))
	add("bigcommerce-client-secret", []provTP{
		tp(".env", "BIGCOMMERCE_CLIENT_SECRET=%s\n", g.hex(64)),
		tp("app.json", "{\"bigcommerce_client_secret\": \"%s\"}\n", g.hex(64)),
	}, decoy("placeholder", ".env.example", "BIGCOMMERCE_CLIENT_SECRET="+"your_client_secret_here\n"),
		decoy("one short", ".env", "BIGCOMMERCE_CLIENT_SECRET="+g.hex(63)+"\n"))
	add("woocommerce-consumer-secret", []provTP{
		tp("woo.js", "const api = new WooCommerceRestApi({ url, consumerKey: 'ck_"+g.hex(40)+"', consumerSecret: '%s', version: 'wc/v3' });\n", "cs_"+g.hex(40)),
		tp("sync.sh", "curl https://shop.example/wp-json/wc/v3/orders -u ck_"+g.hex(40)+":%s\n", "cs_"+g.hex(40)),
	}, decoy("consumer key", ".env", "WOOCOMMERCE_CONSUMER_KEY=ck_"+g.hex(40)+"\n"),
		decoy("X run", ".env.example", "WOOCOMMERCE_CONSUMER_SECRET=cs_"+x("x", 40)+"\n"),
		decoy("identifier", "stats.py", "docs_"+g.hex(40)+" = 1\n"))
	add("magento-access-token", []provTP{
		tp(".env", "MAGENTO_ACCESS_TOKEN=%s\n", g.low(32)),
		tp("magento.php", "$magentoToken = '%s';\n", g.low(32)),
	}, decoy("placeholder", ".env.example", "MAGENTO_ACCESS_TOKEN="+"your-integration-token\n"),
		decoy("one short", ".env", "MAGENTO_ACCESS_TOKEN="+g.low(31)+"\n"),
		decoy("upper case", ".env", "MAGENTO_ACCESS_TOKEN="+g.up(32)+"\n"))
	add("wix-api-key", []provTP{
		tp(".env", "WIX_API_KEY=%s\n", "IST."+commerceJWT(g, `{"kid":"`+g.alnum(8)+`","alg":"RS256"}`, `{"data":"{\"id\":\"`+g.guid()+`\"}","iat":1767225600}`)),
		tp("wix.ts", "const client = createClient({ auth: ApiKeyStrategy({ apiKey: '%s', siteId }) });\n", "IST."+commerceJWT(g, `{"kid":"`+g.alnum(8)+`","alg":"RS256"}`, `{"data":"{}","iat":1767225600}`)),
	}, decoy("truncated", "README.md", "apiKey: 'IST.eyJraWQ...'\n"),
		decoy("plain JWT", "auth.ts", "const t = 'IST.notajwt."+g.alnum(20)+"';\n"))
	add("shipengine-api-key", []provTP{
		tp(".env", "SHIPENGINE_API_KEY=%s\n", "TEST_"+g.std64(43)),
		tp("labels.js", "const shipengine = new ShipEngine(); const shipengineKey = '%s';\n", g.std64(43)),
	}, decoy("placeholder", ".env.example", "SHIPENGINE_API_KEY="+"__YOUR_API_"+"KEY_HERE__\n"),
		decoy("one short", ".env", "SHIPENGINE_API_KEY=TEST_"+g.std64(42)+"\n"))
	add("shipstation-api-secret", []provTP{
		tp(".env", "SHIPSTATION_API_KEY="+g.hex(32)+"\nSHIPSTATION_API_SECRET=%s\n", g.hex(32)),
		tp("ship.py", "shipstation_secret = '%s'\n", g.hex(32)),
	}, decoy("API key", ".env", "SHIPSTATION_API_KEY="+g.hex(32)+"\n"),
		decoy("upper case", ".env", "SHIPSTATION_API_SECRET="+upHex(32)+"\n"))
	add("ecwid-secret-token", []provTP{
		tp(".env", "ECWID_SECRET_TOKEN=%s\n", "secret_"+g.alnum(32)),
		tp("ecwid.js", "const ecwidToken = '%s';\n", "secret_"+g.alnum(32)),
	}, decoy("public token", ".env", "ECWID_PUBLIC_TOKEN=public_"+g.alnum(32)+"\n"),
		decoy("one short", ".env", "ECWID_SECRET_TOKEN=secret_"+g.alnum(31)+"\n"),
		decoy("X run", ".env.example", "ECWID_SECRET_TOKEN=secret_"+x("x", 32)+"\n"))
	add("commercetools-client-secret", []provTP{
		tp(".env", "CTP_PROJECT_KEY=shop\nCTP_CLIENT_SECRET=%s\n", g.legacy(32)),
		tp("ct.ts", "const commercetoolsClientSecret = '%s';\n", g.alnum(32)),
	}, decoy("placeholder", ".env.example", "CTP_CLIENT_SECRET="+"<your-client-secret>\n"),
		decoy("X run", ".env.example", "CTP_CLIENT_SECRET="+x("x", 32)+"\n"))
	add("avalara-license-key", []provTP{
		tp(".env", "AVATAX_ACCOUNT_ID="+commerceDigits(g, 10)+"\nAVATAX_LICENSE_KEY=%s\n", upHex(16)),
		tp("tax.rb", "AvaTax.configure do |c|\n  c.avalara_license_key = '%s'\nend\n", upHex(16)),
	}, decoy("account ID", ".env", "AVATAX_ACCOUNT_ID="+commerceDigits(g, 10)+"\n"),
		decoy("lower-case hex", ".env", "AVATAX_LICENSE_KEY="+g.hex(16)+"\n"),
		decoy("zeros", ".env.example", "AVALARA_LICENSE_KEY="+x("0", 16)+"\n"))
	add("taxjar-api-token", []provTP{
		tp(".env", "TAXJAR_API_KEY=%s\n", g.hex(32)),
		tp("tax.py", "client = taxjar.Client(api_key='x')\ntaxjar_token = '%s'\n", g.hex(32)),
	}, decoy("env lookup", "tax.py", "client = taxjar.Client(api_key=os.environ['TAXJAR_API_KEY'])\n"),
		decoy("one short", ".env", "TAXJAR_API_KEY="+g.hex(31)+"\n"))
	add("intuit-client-secret", []provTP{
		tp(".env", "QUICKBOOKS_CLIENT_ID=AB"+g.alnum(48)+"\nQUICKBOOKS_CLIENT_SECRET=%s\n", g.alnum(40)),
		tp("qbo.js", "const oauthClient = new OAuthClient({ clientId, intuitClientSecret: '%s' });\n", g.alnum(40)),
	}, decoy("client ID", ".env", "QUICKBOOKS_CLIENT_ID=AB"+g.alnum(48)+"\n"),
		decoy("X run", ".env.example", "INTUIT_CLIENT_SECRET="+x("x", 40)+"\n"),
		decoy("one short", ".env", "INTUIT_CLIENT_SECRET="+g.alnum(39)+"\n"))
	add("xero-client-secret", []provTP{
		tp(".env", "XERO_CLIENT_ID="+upHex(32)+"\nXERO_CLIENT_SECRET=%s\n", g.legacy(48)),
		tp("xero.ts", "const xero = new XeroClient({ clientId, xeroClientSecret: '%s' });\n", g.alnum(48)),
	}, decoy("client ID", ".env", "XERO_CLIENT_ID="+upHex(32)+"\n"),
		decoy("one short", ".env", "XERO_CLIENT_SECRET="+g.alnum(47)+"\n"))

	// --- business SaaS
	add("docusign-secret-key", []provTP{
		tp(".env", "DOCUSIGN_INTEGRATION_KEY="+g.guid()+"\nDOCUSIGN_SECRET_KEY=%s\n", g.guid()),
		tp("appsettings.json", "{\"DocuSign\": {\"docusignClientSecret\": \"%s\"}}\n", g.guid()),
	}, decoy("integration key", ".env", "DOCUSIGN_INTEGRATION_KEY="+g.guid()+"\n"),
		decoy("zero UUID", ".env.example", "DOCUSIGN_SECRET_KEY=00000000-0000-0000-0000-"+x("0", 12)+"\n"))
	add("hellosign-api-key", []provTP{
		tp(".env", "HELLOSIGN_API_KEY=%s\n", g.hex(64)),
		tp("sign.py", "configuration = Configuration(username=\"x\")\ndropbox_sign_api_key = \"%s\"\n", g.hex(64)),
	}, decoy("env lookup", "sign.py", "dropbox_sign_api_key = os.environ[\"DROPBOX_SIGN_API_KEY\"]\n"),
		decoy("one short", ".env", "HELLOSIGN_API_KEY="+g.hex(63)+"\n"))
	add("pandadoc-api-key", []provTP{
		tp(".env", "PANDADOC_API_KEY=%s\n", g.hex(40)),
		tp("docs.ts", "const pandadocKey = \"%s\";\n", g.hex(40)),
	}, decoy("X run", ".env.example", "PANDADOC_API_KEY="+x("x", 40)+"\n"),
		decoy("one short", ".env", "PANDADOC_API_KEY="+g.hex(39)+"\n"))
	add("calendly-personal-access-token", []provTP{
		tp(".env", "CALENDLY_API_TOKEN=%s\n", jwtHS(`{"iss":"https://auth.calendly.com","iat":1767225600,"jti":"`+g.guid()+`","user_uuid":"`+g.guid()+`"}`)),
		tp("cal.ts", "const calendlyToken = \"%s\";\n", jwtHS(`{"iss":"https://auth.calendly.com","jti":"`+g.guid()+`"}`)),
	}, decoy("env reference", "cal.ts", "const calendlyToken = process.env.CALENDLY_API_TOKEN;\n"),
		decoy("placeholder", ".env.example", "CALENDLY_API_TOKEN="+"your-personal-access-token\n"))
	add("jotform-api-key", []provTP{
		tp(".env", "JOTFORM_API_KEY=%s\n", g.hex(32)),
		tp("forms.py", "jotformAPIClient = JotformAPIClient('x')\njotform_key = '%s'\n", g.hex(32)),
	}, decoy("X run", ".env.example", "JOTFORM_API_KEY="+x("x", 32)+"\n"),
		decoy("upper case", ".env", "JOTFORM_API_KEY="+upHex(32)+"\n"))
	add("smartsheet-access-token", []provTP{
		tp(".env", "SMARTSHEET_ACCESS_TOKEN=%s\n", g.alnum(37)),
		tp("sheet.py", "smartsheet_token = \"%s\"\n", g.low(26)),
	}, decoy("env lookup", "sheet.py", "smart = smartsheet.Smartsheet(os.environ['SMARTSHEET_ACCESS_TOKEN'])\n"),
		decoy("36 characters", ".env", "SMARTSHEET_ACCESS_TOKEN="+g.alnum(36)+"\n"))
	add("close-api-key", []provTP{
		tp(".env", "CLOSE_API_KEY=%s\n", "api_"+g.alnum(22)+"."+g.alnum(22)),
		tp("crm.py", "close_crm_key = \"%s\"\n", "api_"+g.alnum(22)+"."+g.alnum(22)),
	}, decoy("X run", ".env.example", "CLOSE_API_KEY=api_"+"xxxxxxxxxxxxx\n"),
		decoy("placeholder", ".env.example", "CLOSE_API_KEY=api_"+"your_key_here\n"),
		decoy("one short", ".env", "CLOSE_API_KEY=api_"+g.alnum(22)+"."+g.alnum(21)+"\n"))
	add("copper-api-key", []provTP{
		tp("copper.sh", "curl -H \"X-PW-AccessToken: %s\" -H \"X-PW-Application: developer_api\" https://api.copper.com/developer_api/v1/account\n", g.hex(32)),
		tp(".env", "COPPER_API_KEY=%s\n", g.hex(32)),
	}, decoy("env reference", "copper.js", "headers: { 'X-PW-AccessToken': process.env.COPPER_API_KEY }\n"),
		decoy("X run", ".env.example", "COPPER_API_KEY="+x("x", 32)+"\n"))
	add("helpscout-app-secret", []provTP{
		tp(".env", "HELPSCOUT_APP_ID="+g.alnum(32)+"\nHELPSCOUT_APP_SECRET=%s\n", g.alnum(32)),
		tp("hs.php", "$helpScoutSecret = '%s';\n", g.alnum(32)),
	}, decoy("app ID", ".env", "HELPSCOUT_APP_ID="+g.alnum(32)+"\n"),
		decoy("one short", ".env", "HELPSCOUT_APP_SECRET="+g.alnum(31)+"\n"))
	add("gorgias-api-key", []provTP{
		tp(".env", "GORGIAS_API_KEY=%s\n", g.hex(64)),
		tp("support.py", "gorgias_password = \"%s\"\n", g.hex(64)),
	}, decoy("one short", ".env", "GORGIAS_API_KEY="+g.hex(63)+"\n"),
		decoy("zeros", ".env.example", "GORGIAS_API_KEY="+x("0", 64)+"\n"))
	add("freshservice-api-key", []provTP{
		tp(".env", "FRESHSERVICE_API_KEY=%s\n", g.alnum(20)),
		tp("tickets.py", "freshservice_key = '%s'\n", g.alnum(20)),
	}, decoy("X run", ".env.example", "FRESHSERVICE_API_KEY="+x("X", 20)+"\n"),
		decoy("one short", ".env", "FRESHSERVICE_API_KEY="+g.alnum(19)+"\n"))
	add("hunter-api-key", []provTP{
		tp(".env", "HUNTER_API_KEY=%s\n", g.hex(40)),
		tp("leads.js", "const hunterKey = '%s';\n", g.hex(40)),
	}, decoy("one short", ".env", "HUNTER_API_KEY="+g.hex(39)+"\n"),
		decoy("X run", ".env.example", "HUNTER_API_KEY="+x("x", 40)+"\n"))
	add("clearbit-secret-key", []provTP{
		tp(".env", "CLEARBIT_SECRET_KEY=%s\n", "sk_"+g.hex(32)),
		tp("enrich.rb", "Clearbit.key = 'x'\nclearbit_key = '%s'\n", "sk_"+g.hex(32)),
	}, decoy("publishable key", ".env", "CLEARBIT_PUBLISHABLE_KEY=pk_"+g.hex(32)+"\n"),
		decoy("one short", ".env", "CLEARBIT_SECRET_KEY=sk_"+g.hex(31)+"\n"))
	add("apollo-graphos-api-key", []provTP{
		tp(".env", "APOLLO_KEY=%s\nAPOLLO_GRAPH_REF=shop@current\n", "service:shop-graph:"+g.legacy(22)),
		tp("rover.sh", "APOLLO_KEY=%s rover graph fetch shop@current\n", "user:gh.octocat:"+g.legacy(22)),
	}, decoy("placeholder", "README.md", "APOLLO_KEY=service:"+"<graph-id>:<key>\n"),
		decoy("docker compose", "compose.yaml", "depends_on:\n  service:db\n"),
		decoy("one short", ".env", "APOLLO_KEY=service:shop-graph:"+g.legacy(21)+"\n"))
	add("coda-api-token", []provTP{
		tp(".env", "CODA_API_TOKEN=%s\n", g.guid()),
		tp("coda.py", "coda_token = \"%s\"\n", g.guid()),
	}, decoy("zero UUID", ".env.example", "CODA_API_TOKEN=00000000-0000-0000-0000-"+x("0", 12)+"\n"),
		decoy("doc ID", "coda.py", "coda_doc_id = \"AbCdEf"+"GhIj\"\n"))
	{
		wrikeHeader := base64.RawURLEncoding.EncodeToString([]byte(`{"tt":"p","alg":"HS256","tv":"1"}`))
		wrike := func() string {
			claims := base64.RawURLEncoding.EncodeToString([]byte(`{"d":"{\"a\":` + commerceDigits(g, 7) + `,\"i\":` + commerceDigits(g, 7) + `}","iat":1767225600}`))
			return wrikeHeader + "." + claims + "." + base64.RawURLEncoding.EncodeToString(g.bytes(32))
		}
		add("wrike-permanent-token", []provTP{
			tp("wrike.py", "headers = {'Authorization': 'Bearer %s'}\n", wrike()),
			tp("WrikeAPI.cs", "public WrikeAPI() : this(\"%s\") { }\n", wrike()),
		}, decoy("header only", "README.md", "permanent tokens start with "+wrikeHeader+".\n"),
			decoy("other JWT header", "jwt.txt", "Bearer "+base64.RawURLEncoding.EncodeToString([]byte(`{"tt":"x","alg":"HS256"}`))+"\n"))
	}
	add("front-api-token", []provTP{
		tp(".env", "FRONT_API_TOKEN=%s\n", jwtHS(`{"scopes":["shared:*"],"iat":1767225600,"iss":"front","sub":"`+g.hex(20)+`","jti":"`+g.hex(16)+`"}`)),
		tp("front.ts", "const frontApiKey = \"%s\";\n", jwtHS(`{"iss":"front","sub":"`+g.hex(20)+`"}`)),
	}, decoy("env reference", "front.ts", "const frontApiKey = process.env.FRONT_API_TOKEN;\n"),
		decoy("not a JWT", ".env", "FRONT_API_TOKEN="+"changeme\n"))
	add("eventbrite-private-token", []provTP{
		tp(".env", "EVENTBRITE_PRIVATE_TOKEN=%s\n", g.up(20)),
		tp("events.py", "eventbrite = Eventbrite('x')\neventbrite_token = '%s'\n", g.up(20)),
	}, decoy("lower case", ".env", "EVENTBRITE_PRIVATE_TOKEN="+g.low(20)+"\n"),
		decoy("X run", ".env.example", "EVENTBRITE_PRIVATE_TOKEN="+x("X", 20)+"\n"))
	add("webflow-api-token", []provTP{
		tp(".env", "WEBFLOW_API_TOKEN=%s\n", g.hex(64)),
		tp("cms.ts", "const webflow = new WebflowClient({ accessToken: x }); const webflowToken = '%s';\n", g.hex(64)),
	}, decoy("site ID", ".env", "WEBFLOW_SITE_ID="+g.hex(24)+"\n"),
		decoy("one short", ".env", "WEBFLOW_API_TOKEN="+g.hex(63)+"\n"))
	add("lokalise-api-token", []provTP{
		tp(".env", "LOKALISE_API_TOKEN=%s\n", g.hex(40)),
		tp("i18n.js", "const lokaliseApi = new LokaliseApi({ apiKey: x }); const lokaliseToken = '%s';\n", g.hex(40)),
	}, decoy("project ID", ".env", "LOKALISE_PROJECT_ID="+commerceDigits(g, 9)+"."+g.alnum(8)+"\n"),
		decoy("one short", ".env", "LOKALISE_API_TOKEN="+g.hex(39)+"\n"))
	return cs
}
