package rules_test

import (
	"crypto/sha256"
	"encoding/base64"
	"math/big"
	"strconv"
	"strings"
)

// The tables of rules/media.toml. Every token is drawn from the seeded
// generator or built from parts: the project scans itself, so no
// token-shaped literal may sit in this file.

func init() { moreProviderCases = append(moreProviderCases, mediaCases) }

const mediaBase58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// mediaWords are BIP-39 words (of the English list) that the seed phrase
// tests draw from.
var mediaWords = strings.Fields(`abandon ability absorb access actor adapt
	badge bamboo banner basket cabin cactus canvas carbon dance debris
	eager eagle echo effort fabric faculty galaxy garage habit hammer
	icon ignore jacket jaguar kettle kidney ladder lagoon magnet mammal
	napkin narrow oblige ocean paddle palace quantum rabbit radar saddle`)

// mediaBase58Check encodes payload with its 4-byte double-SHA256 checksum
// in Bitcoin's Base58 alphabet (leading zero bytes become '1').
func mediaBase58Check(payload []byte) string {
	h1 := sha256.Sum256(payload)
	h2 := sha256.Sum256(h1[:])
	full := append(append([]byte{}, payload...), h2[:4]...)
	n := new(big.Int).SetBytes(full)
	base, mod := big.NewInt(58), new(big.Int)
	var out []byte
	for n.Sign() > 0 {
		n.DivMod(n, base, mod)
		out = append(out, mediaBase58[mod.Int64()])
	}
	for _, b := range full {
		if b != 0 {
			break
		}
		out = append(out, '1')
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

// mediaWIF is a Wallet Import Format key: version byte (0x80 mainnet, 0xef
// testnet), 32 key bytes, 0x01 when the public key is compressed.
func mediaWIF(g *tokenGen, version byte, compressed bool) string {
	p := append([]byte{version}, g.bytes(32)...)
	if compressed {
		p = append(p, 1)
	}
	return mediaBase58Check(p)
}

// mediaMnemonic draws n words.
func mediaMnemonic(g *tokenGen, n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = mediaWords[g.r.Intn(len(mediaWords))]
	}
	return strings.Join(w, " ")
}

// mediaByteArray is n random bytes as a JSON array of numbers (sep between).
func mediaByteArray(g *tokenGen, n int, sep string) string {
	parts := make([]string, n)
	for i, b := range g.bytes(n) {
		parts[i] = strconv.Itoa(int(b))
	}
	return strings.Join(parts, sep)
}

// mediaWebex is a Webex access token: base64 of a UUID and a bit of
// another, the cluster, the org ID.
func mediaWebex(g *tokenGen, cluster string) string {
	return base64.StdEncoding.EncodeToString([]byte(g.guid() + g.guid()[:12]))[:64] + "_" + cluster + "_" + g.guid()
}

// mediaCases ignores the shared generator and draws from its own seed, so
// that adding cases here does not change the tokens of other tables.
func mediaCases(*tokenGen) []provCase {
	g := newTokenGen(20260709)
	var cs []provCase
	add := func(rule string, tps []provTP, decoys ...provDecoy) {
		cs = append(cs, provCase{rule: rule, tps: tps, decoy: decoys})
	}
	x := strings.Repeat
	upHex := func(n int) string { return strings.ToUpper(g.hex(n)) }
	b58 := func(n int) string { return g.draw(mediaBase58, n) }
	upGUID := func() string { return strings.ToUpper(g.guid()) }
	// ph joins a placeholder value from parts, so that no literal here
	// looks like NAME=<long value> to the project's self-scan.
	ph := func(parts ...string) string { return strings.Join(parts, "") }

	// --- messaging
	add("mailersend-api-token", []provTP{
		tp(".env", "MAILERSEND_API_KEY=%s\n", "mlsn."+g.hex(64)),
		tp("mail.ts", "const mailerSend = new MailerSend({ apiKey: \"%s\" });\n", "mlsn."+g.hex(64)),
	}, decoy("ellipsis", "README.md", "MAILERSEND_API_TOKEN="+ph("mlsn.", "abc123", "def456", "...")+"\n"),
		decoy("X run", ".env.example", "MAILERSEND_API_KEY=mlsn."+x("x", 64)+"\n"),
		decoy("one short", "mail.ts", "apiKey: \"mlsn."+g.hex(63)+"\"\n"))
	add("elastic-email-api-key", []provTP{
		tp(".env", "ELASTIC_EMAIL_API_KEY=%s\n", upHex(96)),
		tp("send.sh", "curl -H \"X-ElasticEmail-ApiKey: %s\" https://api.elasticemail.com/v4/emails\n", upHex(96)),
	}, decoy("placeholder", ".env.example", "ELASTIC_EMAIL_API_KEY="+ph("your-elastic", "-email-api-key")+"\n"),
		decoy("lower case", ".env", "ELASTIC_EMAIL_API_KEY="+g.hex(96)+"\n"),
		decoy("no Elastic Email name", ".env", "MAIL_KEY="+upHex(96)+"\n"))
	add("smtp2go-api-key", []provTP{
		tp(".env", "SMTP2GO_API_KEY=%s\n", "api-"+upHex(32)),
		tp("mailer.py", "payload = {\"api_key\": \"%s\", \"to\": [to]}\n", "api-"+upHex(32)),
	}, decoy("X run", ".env.example", "SMTP2GO_API_KEY=api-"+x("X", 32)+"\n"),
		decoy("ellipsis", "README.md", "SMTP2GO_API_KEY=api-...\n"),
		decoy("lower case", ".env", "SMTP2GO_API_KEY=api-"+g.hex(32)+"\n"))
	add("infobip-api-key", []provTP{
		tp("sms.sh", "curl -H 'Authorization: App %s' https://xk2e.api.infobip.com/sms/3/messages\n", g.hex(32)+"-"+g.guid()),
		tp(".env", "INFOBIP_API_KEY=%s\n", g.hex(32)+"-"+g.guid()),
	}, decoy("placeholder", "sms.sh", "curl -H 'Authorization: App {YOUR_API_KEY}' https://example.api.infobip.com\n"),
		decoy("env reference", ".env", "INFOBIP_API_KEY=${INFOBIP_API_KEY}\n"),
		decoy("no Infobip name or header", "ids.txt", "request "+g.hex(32)+"-"+g.guid()+"\n"))
	add("clicksend-api-key", []provTP{
		tp(".env", "CLICKSEND_API_KEY=%s\n", upGUID()),
		tp("sms.py", "configuration.password = clicksend_api_key = '%s'\n", upGUID()),
	}, decoy("placeholder", ".env.example", "CLICKSEND_API_KEY="+ph("your-clicksend", "-api-key")+"\n"),
		decoy("username", ".env", "CLICKSEND_USERNAME=ops@example.com\n"),
		decoy("lower-case GUID", ".env", "CLICKSEND_API_KEY="+g.guid()+"\n"))
	add("textmagic-api-key", []provTP{
		tp(".env", "TEXTMAGIC_API_KEY=%s\n", g.alnum(30)),
		tp("config.yaml", "textmagic_api_key: \"%s\"\n", g.alnum(30)),
	}, decoy("X run", ".env.example", "TEXTMAGIC_API_KEY="+x("x", 30)+"\n"),
		decoy("username", ".env", "TEXTMAGIC_USERNAME=janedoe\n"),
		decoy("one short", ".env", "TEXTMAGIC_API_KEY="+g.alnum(29)+"\n"))
	add("zoom-client-secret", []provTP{
		tp(".env", "ZOOM_ACCOUNT_ID="+g.alnum(22)+"\nZOOM_CLIENT_SECRET=%s\n", g.alnum(32)),
		tp("zoom.ts", "const zoomClientSecret = '%s';\n", g.alnum(32)),
	}, decoy("env reference", ".env", "ZOOM_CLIENT_SECRET=${ZOOM_CLIENT_SECRET}\n"),
		decoy("placeholder", ".env.example", "ZOOM_CLIENT_SECRET="+ph("your_zoom_", "client_secret")+"\n"),
		decoy("client ID", ".env", "ZOOM_CLIENT_ID="+g.alnum(22)+"\n"),
		decoy("zoom level", "map.ts", "const zoomLevel = 12;\n"))
	add("zoom-sdk-secret", []provTP{
		tp(".env", "ZOOM_MEETING_SDK_SECRET=%s\n", g.alnum(32)),
		tp("config.json", "{\"zoomSdkSecret\": \"%s\"}\n", g.alnum(36)),
	}, decoy("SDK key", ".env", "ZOOM_MEETING_SDK_KEY="+g.alnum(32)+"\n"),
		decoy("X run", ".env.example", "ZOOM_SDK_SECRET="+x("X", 32)+"\n"))
	add("webex-access-token", []provTP{
		tp("bot.py", "access_token = '%s'\n", mediaWebex(g, "PF84")),
		tp(".env", "WEBEX_BOT_TOKEN=%s\n", mediaWebex(g, "P0A1")),
	}, decoy("placeholder", ".env.example", "WEBEX_BOT_TOKEN="+ph("your-bot", "-token")+"\n"),
		decoy("other cluster without a Webex name", "x.txt", "t = '"+mediaWebex(g, "P0A1")+"'\n"),
		decoy("one short", "bot.py", "access_token = '"+mediaWebex(g, "PF84")[1:]+"'\n"))
	add("ringcentral-client-secret", []provTP{
		tp(".env", "RINGCENTRAL_CLIENT_SECRET=%s\n", g.url64(44)),
		tp("rc.js", "const RINGCENTRAL_CLIENT_SECRET= '%s'\n", g.url64(22)),
	}, decoy("placeholder", ".env.example", "RINGCENTRAL_CLIENT_SECRET="+ph("your_client", "_secret")+"\n"),
		decoy("client ID", ".env", "RINGCENTRAL_CLIENT_ID="+g.alnum(22)+"\n"),
		decoy("angle placeholder", "README.md", "RINGCENTRAL_CLIENT_SECRET=<myClientSecret>\n"))
	add("aircall-api-token", []provTP{
		tp(".env", "AIRCALL_API_TOKEN=%s\n", g.hex(32)),
		tp("aircall.rb", "Aircall.configure { |c| c.api_token = aircall_token = \"%s\" }\n", g.hex(32)),
	}, decoy("API ID", ".env", "AIRCALL_API_ID="+g.hex(32)+"\n"),
		decoy("zeros", ".env.example", "AIRCALL_API_TOKEN="+x("0", 32)+"\n"))
	add("daily-api-key", []provTP{
		tp(".env", "DAILY_API_KEY=%s\n", g.hex(64)),
		tp("video.ts", "const dailyApiKey = \"%s\";\n", g.hex(64)),
	}, decoy("placeholder", ".env.example", "DAILY_API_KEY="+ph("your-daily", "-api-key")+"\n"),
		decoy("daily job", "cron.go", "dailyReportHash := \""+g.hex(64)+"\"\n"),
		decoy("one short", ".env", "DAILY_API_KEY="+g.hex(63)+"\n"))
	add("mailtrap-api-token", []provTP{
		tp(".env", "MAILTRAP_API_TOKEN=%s\n", g.hex(32)),
		tp("mailer.py", "client = mt.MailtrapClient(token=MAILTRAP_TOKEN := \"%s\")\n", g.hex(32)),
	}, decoy("placeholder", ".env.example", "MAILTRAP_API_TOKEN="+ph("your-mailtrap", "-token")+"\n"),
		decoy("inbox ID", ".env", "MAILTRAP_INBOX_ID=2412345\n"))
	add("stream-api-secret", []provTP{
		tp(".env", "STREAM_API_SECRET=%s\n", g.low(64)),
		tp("chat.py", "client = StreamChat(api_key=key, api_secret=stream_api_secret := '%s')\n", g.low(64)),
	}, decoy("API key", ".env", "STREAM_API_KEY="+g.low(12)+"\n"),
		decoy("placeholder", ".env.example", "STREAM_API_SECRET="+ph("your_stream", "_api_secret")+"\n"),
		decoy("upper case", ".env", "STREAM_API_SECRET="+g.up(64)+"\n"))

	// --- saas
	add("vimeo-access-token", []provTP{
		tp(".env", "VIMEO_ACCESS_TOKEN=%s\n", g.hex(32)),
		tp("config.yaml", "vimeo_access_token: \"%s\"\n", g.hex(32)),
	}, decoy("placeholder", ".env.example", "VIMEO_ACCESS_TOKEN="+ph("your_vimeo", "_access_token")+"\n"),
		decoy("video ID", "page.ts", "const vimeoVideoId = \"76979871\";\n"))
	add("spotify-client-secret", []provTP{
		tp(".env", "SPOTIFY_CLIENT_SECRET=%s\n", g.hex(32)),
		tp("settings.py", "SPOTIPY_CLIENT_SECRET = SPOTIFY_SECRET = '%s'\n", g.hex(32)),
	}, decoy("client ID", ".env", "SPOTIFY_CLIENT_ID="+g.hex(32)+"\n"),
		decoy("env reference", ".env", "SPOTIFY_CLIENT_SECRET=${SPOTIFY_CLIENT_SECRET}\n"))
	add("soundcloud-client-secret", []provTP{
		tp(".env", "SOUNDCLOUD_CLIENT_SECRET=%s\n", g.alnum(32)),
		tp("config.json", "{\"soundcloud_client_secret\": \"%s\"}\n", g.alnum(32)),
	}, decoy("client ID", ".env", "SOUNDCLOUD_CLIENT_ID="+g.alnum(32)+"\n"),
		decoy("X run", ".env.example", "SOUNDCLOUD_CLIENT_SECRET="+x("x", 32)+"\n"))
	add("giphy-api-key", []provTP{
		tp(".env", "GIPHY_API_KEY=%s\n", g.alnum(32)),
		tp("gifs.ts", "fetch(`https://api.giphy.com/v1/gifs/search?q=${q}&api_key=%s&limit=10`)\n", g.alnum(32)),
	}, decoy("placeholder", ".env.example", "GIPHY_API_KEY="+ph("your_giphy", "_api_key")+"\n"),
		decoy("template", "gifs.ts", "fetch(`https://api.giphy.com/v1/gifs/search?api_key=${GIPHY_KEY}`)\n"))
	add("unsplash-access-key", []provTP{
		tp(".env", "UNSPLASH_ACCESS_KEY=%s\n", g.url64(43)),
		tp("photos.js", "const unsplashSecretKey = '%s';\n", g.url64(43)),
	}, decoy("placeholder", ".env.example", "UNSPLASH_ACCESS_KEY="+ph("your-unsplash", "-access-key")+"\n"),
		decoy("one short", ".env", "UNSPLASH_ACCESS_KEY="+g.url64(42)+"\n"))
	add("pexels-api-key", []provTP{
		tp(".env", "PEXELS_API_KEY=%s\n", g.alnum(56)),
		tp("photos.py", "PEXELS_KEY = \"%s\"\n", g.alnum(56)),
	}, decoy("placeholder", ".env.example", "PEXELS_API_KEY="+ph("your_pexels", "_api_key")+"\n"),
		decoy("one short", ".env", "PEXELS_API_KEY="+g.alnum(55)+"\n"))
	add("shutterstock-client-secret", []provTP{
		tp(".env", "SHUTTERSTOCK_CLIENT_SECRET=%s\n", g.alnum(16)),
		tp("config.yaml", "shutterstock_consumer_secret: %s\n", g.alnum(16)),
	}, decoy("consumer key", ".env", "SHUTTERSTOCK_CLIENT_ID="+g.alnum(32)+"\n"),
		decoy("X run", ".env.example", "SHUTTERSTOCK_CLIENT_SECRET="+x("x", 16)+"\n"))
	add("imgix-api-key", []provTP{
		tp(".env", "IMGIX_API_KEY=%s\n", "ak_"+g.hex(64)),
		tp("purge.sh", "curl -H \"Authorization: Bearer %s\" https://api.imgix.com/api/v1/purge\n", "ak_"+g.hex(64)),
	}, decoy("placeholder", ".env.example", "IMGIX_API_KEY="+ph("your_imgix", "_key")+"\n"),
		decoy("one short", ".env", "IMGIX_API_KEY=ak_"+g.hex(63)+"\n"),
		decoy("upper case", ".env", "IMGIX_API_KEY=ak_"+upHex(64)+"\n"))
	add("imgix-signing-token", []provTP{
		tp(".env", "IMGIX_SECURE_URL_TOKEN=%s\n", g.alnum(16)),
		tp("images.js", "const client = new ImgixClient({ domain, secureURLToken: imgixSigningKey = '%s' });\n", g.alnum(16)),
	}, decoy("domain", ".env", "IMGIX_DOMAIN=assets.imgix.net\n"),
		decoy("X run", ".env.example", "IMGIX_SIGNING_KEY="+x("x", 16)+"\n"))
	add("uploadcare-secret-key", []provTP{
		tp(".env", "UPLOADCARE_SECRET_KEY=%s\n", g.hex(20)),
		tp("settings.py", "UPLOADCARE = {'pub_key': '"+g.hex(20)+"', 'secret': uploadcare_secret := '%s'}\n", g.hex(20)),
	}, decoy("public key", ".env", "UPLOADCARE_PUBLIC_KEY="+g.hex(20)+"\n"),
		decoy("demo keys", "settings.py", "UPLOADCARE_SECRET_KEY = 'demosecretkey'\n"))
	add("filestack-app-secret", []provTP{
		tp(".env", "FILESTACK_APP_SECRET=%s\n", g.up(26)),
		tp("policy.rb", "FILESTACK_SECRET = \"%s\"\n", g.up(26)),
	}, decoy("API key", ".env", "FILESTACK_API_KEY=A"+g.alnum(21)+"\n"),
		decoy("lower case", ".env", "FILESTACK_APP_SECRET="+g.low(26)+"\n"))
	add("here-api-key", []provTP{
		tp(".env", "HERE_API_KEY=%s\n", g.url64(43)),
		tp("map.ts", "const hereApiKey = '%s';\n", g.url64(43)),
	}, decoy("placeholder", ".env.example", "HERE_API_KEY="+ph("your-here", "-api-key")+"\n"),
		decoy("word here", "notes.md", "put the api key here: "+g.url64(43)+"\n"),
		decoy("app ID", ".env", "HERE_APP_ID="+g.url64(20)+"\n"))
	add("tomtom-api-key", []provTP{
		tp(".env", "TOMTOM_API_KEY=%s\n", g.alnum(32)),
		tp("map.js", "tt.map({ key: tomtomKey = '%s', container: 'map' });\n", g.alnum(32)),
	}, decoy("placeholder", ".env.example", "TOMTOM_API_KEY="+ph("<your-tomtom", "-api-key>")+"\n"),
		decoy("X run", ".env.example", "TOMTOM_API_KEY="+x("X", 32)+"\n"))
	add("foursquare-api-key", []provTP{
		tp("places.js", "headers: { Accept: 'application/json', Authorization: '%s' },\n", "fsq3"+base64.StdEncoding.EncodeToString(g.bytes(32))),
		tp(".env", "FOURSQUARE_API_KEY=%s\n", "fsq3"+base64.StdEncoding.EncodeToString(g.bytes(32))),
	}, decoy("ellipsis", "README.md", "FOURSQUARE_API_KEY="+ph("fsq3", "...")+"\n"),
		decoy("one short", ".env", "FOURSQUARE_API_KEY=fsq3"+g.std64(42)+"=\n"),
		decoy("X run", ".env.example", "FOURSQUARE_API_KEY=fsq3"+x("X", 43)+"=\n"))
	add("openweathermap-api-key", []provTP{
		tp(".env", "OPENWEATHER_API_KEY=%s\n", g.hex(32)),
		tp("weather.js", "fetch(`https://api.openweathermap.org/data/2.5/weather?q=${city}&units=metric&appid=%s`)\n", g.hex(32)),
		tp("config.py", "OWM_API_KEY = '%s'\n", g.hex(32)),
	}, decoy("template", "weather.js", "fetch(`https://api.openweathermap.org/data/2.5/weather?q=${city}&appid=${API_KEY}`)\n"),
		decoy("placeholder", ".env.example", "OPENWEATHER_API_KEY="+ph("your_openweather", "_api_key")+"\n"))
	add("weatherapi-api-key", []provTP{
		tp(".env", "WEATHERAPI_KEY=%s\n", g.hex(31)),
		tp("forecast.py", "url = f\"https://api.weatherapi.com/v1/forecast.json?key=%s&q={city}&days=3\"\n", g.hex(31)),
	}, decoy("OpenWeather key (32 hex)", ".env", "WEATHER_API_KEY="+g.hex(32)+"\n"),
		decoy("placeholder", "forecast.py", "url = \"https://api.weatherapi.com/v1/current.json?key=YOUR_KEY&q=London\"\n"))
	add("newsapi-api-key", []provTP{
		tp(".env", "NEWS_API_KEY=%s\n", g.hex(32)),
		tp("news.js", "fetch('https://newsapi.org/v2/top-headlines?country=us&apiKey=%s')\n", g.hex(32)),
	}, decoy("placeholder", "news.js", "fetch('https://newsapi.org/v2/top-headlines?country=us&apiKey=API_KEY')\n"),
		decoy("zeros", ".env.example", "NEWS_API_KEY="+x("0", 32)+"\n"))
	add("tmdb-api-key", []provTP{
		tp(".env", "TMDB_API_KEY=%s\n", g.hex(32)),
		tp("movies.kt", "const val THE_MOVIE_DB_KEY = \"%s\"\n", g.hex(32)),
	}, decoy("placeholder", ".env.example", "TMDB_API_KEY="+ph("your_tmdb", "_api_key")+"\n"),
		decoy("upper case", ".env", "TMDB_API_KEY="+upHex(32)+"\n"))
	add("lastfm-api-secret", []provTP{
		tp(".env", "LASTFM_SHARED_SECRET=%s\n", g.hex(32)),
		tp("scrobble.py", "network = pylast.LastFMNetwork(api_key=LASTFM_API_KEY := \"%s\")\n", g.hex(32)),
	}, decoy("username", ".env", "LASTFM_USERNAME=rj\n"),
		decoy("X run", ".env.example", "LASTFM_API_KEY="+x("x", 32)+"\n"))
	add("geoapify-api-key", []provTP{
		tp(".env", "GEOAPIFY_API_KEY=%s\n", g.hex(32)),
		tp("geo.ts", "const geoapifyKey = \"%s\";\n", g.hex(32)),
	}, decoy("placeholder", ".env.example", "GEOAPIFY_API_KEY="+ph("YOUR_GEOAPIFY", "_API_KEY")+"\n"),
		decoy("one short", ".env", "GEOAPIFY_API_KEY="+g.hex(31)+"\n"))
	add("opencage-api-key", []provTP{
		tp(".env", "OPENCAGE_API_KEY=%s\n", g.hex(32)),
		tp("geocode.py", "geocoder = OpenCageGeocode(opencage_key := '%s')\n", g.hex(32)),
	}, decoy("placeholder", ".env.example", "OPENCAGE_API_KEY="+ph("your-opencage", "-api-key")+"\n"),
		decoy("zeros", ".env.example", "OPENCAGE_API_KEY="+x("0", 32)+"\n"))
	add("ipinfo-token", []provTP{
		tp(".env", "IPINFO_TOKEN=%s\n", g.hex(14)),
		tp("geo.go", "client := ipinfo.NewClient(nil, nil, ipinfoToken) // ipinfoToken: \"%s\"\n", g.hex(14)),
	}, decoy("placeholder", ".env.example", "IPINFO_TOKEN="+ph("your_ipinfo", "_token")+"\n"),
		decoy("one short", ".env", "IPINFO_TOKEN="+g.hex(13)+"\n"))

	// --- payments: market data
	add("alphavantage-api-key", []provTP{
		tp(".env", "ALPHA_VANTAGE_API_KEY=%s\n", g.up(16)),
		tp("quotes.py", "url = 'https://www.alphavantage.co/query?function=TIME_SERIES_DAILY&symbol=IBM&apikey=%s'\n", g.up(16)),
	}, decoy("documented demo key", "quotes.py", "url = 'https://www.alphavantage.co/query?function=GLOBAL_QUOTE&symbol=IBM&apikey=demo'\n"),
		decoy("X run", ".env.example", "ALPHA_VANTAGE_API_KEY="+x("X", 16)+"\n"),
		decoy("lower case", ".env", "ALPHAVANTAGE_KEY="+g.low(16)+"\n"))
	add("polygon-api-key", []provTP{
		tp(".env", "POLYGON_API_KEY=%s\n", g.alnum(32)),
		tp("bars.ts", "fetch(`https://api.polygon.io/v2/aggs/ticker/AAPL/prev?adjusted=true&apiKey=%s`)\n", g.alnum(32)),
	}, decoyAllowing("etherscan-api-key", "a PolygonScan key (the explorer rule reports it)", ".env", "POLYGONSCAN_API_KEY="+g.up(34)+"\n"),
		decoy("geometry", "shapes.ts", "const polygonKey = polygonKeys[i];\n"),
		decoy("X run", ".env.example", "POLYGON_API_KEY="+x("x", 32)+"\n"))
	add("iex-cloud-secret-token", []provTP{
		tp(".env", "IEX_CLOUD_API_TOKEN=%s\n", "sk_"+g.hex(32)),
		tp("quote.py", "r = requests.get(f'https://cloud.iexapis.com/stable/stock/{sym}/quote?token=%s')\n", "Tsk_"+g.hex(32)),
	}, decoy("Stripe-shaped key", ".env", "IEX_TOKEN="+ph("sk_te", "st_")+g.alnum(24)+"\n"),
		decoy("X run", ".env.example", "IEX_CLOUD_API_TOKEN=sk_"+x("x", 32)+"\n"))
	add("iex-cloud-publishable-token", []provTP{
		tp(".env", "IEX_PUBLISHABLE_TOKEN=%s\n", "pk_"+g.hex(32)),
		tp("chart.js", "fetch(`https://cloud.iexapis.com/stable/stock/${s}/chart/1m?token=%s`)\n", "pk_"+g.hex(32)),
	}, decoy("one short", ".env", "IEX_TOKEN=pk_"+g.hex(31)+"\n"),
		decoy("secret token", ".env.example", "IEX_TOKEN=sk_"+x("0", 32)+"\n"))
	add("twelvedata-api-key", []provTP{
		tp(".env", "TWELVE_DATA_API_KEY=%s\n", g.hex(32)),
		tp("fx.js", "fetch('https://api.twelvedata.com/time_series?symbol=EUR/USD&interval=1min&apikey=%s')\n", g.hex(32)),
	}, decoy("documented demo key", "fx.js", "fetch('https://api.twelvedata.com/time_series?symbol=AAPL&interval=1min&apikey=demo')\n"),
		decoy("placeholder", ".env.example", "TWELVE_DATA_API_KEY="+ph("your_twelve", "_data_key")+"\n"))
	add("nasdaq-data-link-api-key", []provTP{
		tp(".env", "NASDAQ_DATA_LINK_API_KEY=%s\n", g.draw(urlB64, 20)),
		tp("data.py", "quandl.ApiConfig.api_key = QUANDL_KEY = \"%s\"\n", g.alnum(20)),
	}, decoy("placeholder", ".env.example", "NASDAQ_DATA_LINK_API_KEY="+ph("YOUR_API", "_KEY_HERE")+"\n"),
		decoy("one short", ".env", "QUANDL_API_KEY="+g.alnum(19)+"\n"))
	add("tiingo-api-token", []provTP{
		tp(".env", "TIINGO_API_KEY=%s\n", g.hex(40)),
		tp("prices.py", "headers = {'Authorization': 'Token ' + (tiingo_token := '%s')}\n", g.hex(40)),
	}, decoy("placeholder", ".env.example", "TIINGO_API_KEY="+ph("your_tiingo", "_api_key")+"\n"),
		decoy("one short", ".env", "TIINGO_API_KEY="+g.hex(39)+"\n"))
	add("financialmodelingprep-api-key", []provTP{
		tp(".env", "FMP_API_KEY=%s\n", g.alnum(32)),
		tp("fundamentals.py", "url = f'https://financialmodelingprep.com/api/v3/profile/{sym}?apikey=%s'\n", g.alnum(32)),
	}, decoy("documented demo key", "fundamentals.py", "url = 'https://financialmodelingprep.com/api/v3/profile/AAPL?apikey=demo'\n"),
		decoy("X run", ".env.example", "FMP_API_KEY="+x("x", 32)+"\n"))
	add("coingecko-api-key", []provTP{
		tp("prices.sh", "curl -H 'x-cg-demo-api-key: %s' https://api.coingecko.com/api/v3/ping\n", "CG-"+g.alnum(24)),
		tp(".env", "COINGECKO_API_KEY=%s\n", "CG-"+g.alnum(24)),
	}, decoy("placeholder", ".env.example", "COINGECKO_API_KEY="+ph("CG-", "xxxxxxxx")+"\n"),
		decoy("one short", ".env", "COINGECKO_API_KEY=CG-"+g.alnum(23)+"\n"),
		decoy("X run", ".env.example", "COINGECKO_API_KEY=CG-"+x("X", 24)+"\n"))
	add("coinmarketcap-api-key", []provTP{
		tp("cmc.sh", "curl -H 'X-CMC_PRO_API_KEY: %s' https://pro-api.coinmarketcap.com/v1/cryptocurrency/listings/latest\n", g.guid()),
		tp(".env", "COINMARKETCAP_API_KEY=%s\n", g.guid()),
	}, decoy("zeros", "cmc.sh", "curl -H 'X-CMC_PRO_API_KEY: "+x("0", 8)+"-0000-0000-0000-"+x("0", 12)+"' https://pro-api.coinmarketcap.com\n"),
		decoy("placeholder", ".env.example", "COINMARKETCAP_API_KEY="+ph("your-cmc", "-api-key")+"\n"))

	// --- payments: blockchain APIs
	add("etherscan-api-key", []provTP{
		tp(".env", "ETHERSCAN_API_KEY=%s\n", g.up(34)),
		tp("hardhat.config.ts", "  etherscan: {\n    apiKey: \"%s\",\n  },\n", g.up(34)),
		tp("tx.py", "url = f'https://api.etherscan.io/v2/api?chainid=1&module=account&action=balance&apikey=%s'\n", g.up(34)),
	}, decoy("placeholder", ".env.example", "ETHERSCAN_API_KEY="+ph("YourApiKey", "Token")+"\n"),
		decoy("lower case", ".env", "BSCSCAN_API_KEY="+g.low(34)+"\n"))
	add("infura-api-key", []provTP{
		tp("hardhat.config.js", "url: \"https://sepolia.infura.io/v3/%s\",\n", g.hex(32)),
		tp(".env", "INFURA_PROJECT_ID=%s\n", g.hex(32)),
	}, decoy("template", "hardhat.config.js", "url: `https://sepolia.infura.io/v3/${INFURA_API_KEY}`,\n"),
		decoy("secret name", ".env.example", "INFURA_API_KEY_SECRET="+x("0", 32)+"\n"),
		decoy("X run", ".env.example", "INFURA_API_KEY="+x("x", 32)+"\n"))
	add("infura-api-key-secret", []provTP{
		tp(".env", "INFURA_API_KEY_SECRET=%s\n", g.hex(32)),
		tp("provider.ts", "const infuraProjectSecret = '%s';\n", g.hex(32)),
	}, decoy("placeholder", ".env.example", "INFURA_PROJECT_SECRET="+ph("your_infura", "_secret")+"\n"),
		decoy("zeros", ".env.example", "INFURA_API_KEY_SECRET="+x("0", 32)+"\n"))
	add("alchemy-api-key", []provTP{
		tp("hardhat.config.ts", "url: \"https://eth-mainnet.g.alchemy.com/v2/%s\",\n", g.url64(32)),
		tp(".env", "ALCHEMY_API_KEY=%s\n", g.alnum(32)),
	}, decoy("template", "hardhat.config.ts", "url: `https://eth-mainnet.g.alchemy.com/v2/${ALCHEMY_API_KEY}`,\n"),
		decoy("documented demo", "rpc.ts", "const url = 'https://eth-mainnet.g.alchemy.com/v2/demo';\n"),
		decoy("SQLAlchemy", "db.py", "sqlalchemy_key = \""+g.alnum(32)+"\"\n"))
	add("quicknode-endpoint-token", []provTP{
		tp("hardhat.config.js", "url: \"https://wiser-proud-sea.matic-testnet.discover.quiknode.pro/%s/\",\n", g.hex(40)),
		tp(".env", "SOLANA_RPC_URL=https://cool-alien-slug.solana-mainnet.quiknode.pro/%s\n", g.hex(40)),
	}, decoy("public RPC", "wallet.ts", "rpc: { 137: \"https://rpc-mainnet.matic.quiknode.pro/\" },\n"),
		decoy("one short", ".env", "RPC_URL=https://x.quiknode.pro/"+g.hex(39)+"/\n"))
	add("ankr-api-key", []provTP{
		tp(".env", "RPC_URL=https://rpc.ankr.com/eth/%s\n", g.hex(64)),
		tp("networks.ts", "bsc: 'https://rpc.ankr.com/bsc/%s',\n", g.hex(64)),
	}, decoy("public endpoint", "networks.ts", "eth: 'https://rpc.ankr.com/eth',\n"),
		decoy("template", "networks.ts", "eth: `https://rpc.ankr.com/eth/${ANKR_KEY}`,\n"))
	add("helius-api-key", []provTP{
		tp("rpc.ts", "const url = 'https://mainnet.helius-rpc.com/?api-key=%s';\n", g.guid()),
		tp(".env", "HELIUS_API_KEY=%s\n", g.guid()),
	}, decoy("template", "rpc.ts", "const url = `https://mainnet.helius-rpc.com/?api-key=${HELIUS_API_KEY}`;\n"),
		decoy("placeholder", ".env.example", "SOLANA_RPC_URL=https://mainnet.helius-rpc.com/?api-key=YOUR_HELIUS_KEY\n"))
	add("blockfrost-project-id", []provTP{
		tp(".env", "BLOCKFROST_PROJECT_ID=%s\n", "mainnet"+g.alnum(32)),
		tp("chain.ts", "const api = new BlockFrostAPI({ projectId: '%s' });\n", "preprod"+g.alnum(32)),
	}, decoy("placeholder", ".env.example", "BLOCKFROST_PROJECT_ID=mainnet"+ph("YOUR", "PROJECT", "ID")+"\n"),
		decoy("identifier without Blockfrost", "view.ts", "previewContainerElementReferenceHandlerX = 1;\n"),
		decoy("one short", ".env", "BLOCKFROST_PROJECT_ID=mainnet"+g.alnum(31)+"\n"))
	add("pinata-api-secret", []provTP{
		tp(".env", "PINATA_SECRET_API_KEY=%s\n", g.hex(64)),
		tp("pin.js", "const pinata = new pinataSDK('"+g.hex(20)+"', pinataSecret = '%s');\n", g.hex(64)),
	}, decoy("API key", ".env", "PINATA_API_KEY="+g.hex(20)+"\n"),
		decoy("X run", ".env.example", "PINATA_SECRET_API_KEY="+x("x", 64)+"\n"))
	add("moralis-api-key", []provTP{
		tp(".env", "MORALIS_API_KEY=%s\n", g.alnum(64)),
		tp("index.ts", "await Moralis.start({ apiKey: moralisApiKey = \"%s\" });\n", g.alnum(64)),
	}, decoy("placeholder", ".env.example", "MORALIS_API_KEY="+ph("YOUR_MORALIS", "_API_KEY")+"\n"),
		decoy("one short", ".env", "MORALIS_API_KEY="+g.alnum(63)+"\n"))

	// --- payments: wallet keys
	hardhat0 := "ac0974bec39a17e36ba4a6b4" + "d238ff944bacb478cbed5efcaee784d7bf4f2ff80"
	add("ethereum-private-key", []provTP{
		tp(".env", "DEPLOYER_PRIVATE_KEY=0x%s\n", g.hex(64)),
		tp("hardhat.config.ts", "accounts: [privateKey = \"%s\"],\n", g.hex(64)),
		tp("foundry.toml", "private_key = \"0x%s\"\n", strings.ToUpper(g.hex(64))),
	}, decoy("Hardhat account #0", ".env", "PRIVATE_KEY=0x"+hardhat0+"\n"),
		decoy("env reference", "hardhat.config.ts", "accounts: [process.env.PRIVATE_KEY],\n"),
		decoy("zeros", ".env.example", "PRIVATE_KEY=0x"+x("0", 64)+"\n"),
		decoy("one short", ".env", "PRIVATE_KEY=0x"+g.hex(63)+"\n"),
		decoy("dotenvx key reference", "ci.yml", "env:\n  DOTENV_PRIVATE_KEY: ${{ secrets.DOTENV_PRIVATE_KEY }}\n"))
	testJunk := strings.TrimSpace(x("test ", 11)) + " junk"
	add("wallet-seed-phrase", []provTP{
		tp(".env", "MNEMONIC=\"%s\"\n", mediaMnemonic(g, 12)),
		tp("truffle-config.js", "const mnemonic = '%s';\n", mediaMnemonic(g, 24)),
		tp("config.yaml", "seed_phrase: %s\n", mediaMnemonic(g, 15)),
	}, decoy("Hardhat test mnemonic", "hardhat.config.js", "accounts: { mnemonic: \""+testJunk+"\" },\n"),
		decoy("prose", "README.md", "mnemonic: the phrase is used to derive keys and it is stored in a vault by ops\n"),
		decoy("eleven words", ".env", "MNEMONIC=\""+mediaMnemonic(g, 11)+"\"\n"),
		decoy("thirteen words", ".env", "MNEMONIC=\""+mediaMnemonic(g, 13)+"\"\n"))
	add("solana-keypair", []provTP{
		tp("wallet.ts", "const payer = Keypair.fromSecretKey(Uint8Array.from([%s]));\n", mediaByteArray(g, 64, ",")),
		tp(".env", "SOLANA_PRIVATE_KEY=[%s]\n", mediaByteArray(g, 64, ", ")),
	}, decoy("public key bytes", "wallet.ts", "const pub = new PublicKey(Uint8Array.from(["+mediaByteArray(g, 32, ",")+"]));\n"),
		decoy("63 bytes", "wallet.ts", "Keypair.fromSecretKey(Uint8Array.from(["+mediaByteArray(g, 63, ",")+"]));\n"),
		decoy("zeros", "wallet.ts", "Keypair.fromSecretKey(new Uint8Array(["+strings.TrimSuffix(x("0,", 64), ",")+"]));\n"))
	add("bitcoin-wif-private-key", []provTP{
		tp(".env", "BTC_PRIVATE_KEY=%s\n", mediaWIF(g, 0x80, true)),
		tp("wallet.py", "WIF_KEY = '%s'\n", mediaWIF(g, 0x80, false)),
		tp("regtest.env", "BITCOIN_WIF=%s\n", mediaWIF(g, 0xef, true)),
	}, decoy("address, not a key", ".env", "BTC_ADDRESS=1"+b58(33)+"\n"),
		decoy("placeholder", ".env.example", "BTC_PRIVATE_KEY="+ph("your-wif", "-key-here")+"\n"),
		decoy("one short", ".env", "BTC_PRIVATE_KEY=K"+b58(50)+"\n"),
		decoy("checksum does not hold", ".env", "BTC_PRIVATE_KEY="+flipMiddle(mediaWIF(g, 0x80, true))+"\n"))
	return cs
}
