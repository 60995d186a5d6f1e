package rules_test

import "strings"

// The tables of rules/intel.toml. Every token is drawn from the seeded
// generator or built from parts, and no literal holds a long value: the
// project scans itself.

func init() { moreProviderCases = append(moreProviderCases, intelCases) }

// intelCut drops the last character of tok: the "one short" decoy.
func intelCut(tok string) string { return tok[:len(tok)-1] }

// intelCases ignores the shared generator and draws from its own seed, so
// that adding cases here does not change the tokens of other tables.
func intelCases(*tokenGen) []provCase {
	g := newTokenGen(20261127)
	var cs []provCase
	add := func(rule string, tps []provTP, decoys ...provDecoy) {
		cs = append(cs, provCase{rule: rule, tps: tps, decoy: decoys})
	}
	x := strings.Repeat
	upHex := func(n int) string { return strings.ToUpper(g.hex(n)) }
	// named is the table of a rule keyed by a provider name: a .env line and
	// a second realistic place; decoys: one character short and an
	// environment variable reference, plus the rule's own.
	named := func(rule, env, path, format string, gen func() string, more ...provDecoy) {
		ds := []provDecoy{
			decoy("one short", ".env", env+"="+intelCut(gen())+"\n"),
			decoy("env reference", "docker-compose.yml", "    environment:\n      "+env+": ${"+env+"}\n"),
		}
		add(rule, []provTP{tp(".env", env+"=%s\n", gen()), tp(path, format, gen())}, append(ds, more...)...)
	}
	h32 := func() string { return g.hex(32) }
	h64 := func() string { return g.hex(64) }
	a32 := func() string { return g.alnum(32) }

	// --- threat intelligence and OSINT
	named("shodan-api-key", "SHODAN_API_KEY", "scan.py", "api = shodan.Shodan(\"%s\")\n", a32,
		decoy("X run", "scan.py", "api = shodan.Shodan(\""+x("X", 32)+"\")\n"))
	named("censys-api-secret", "CENSYS_API_SECRET", "censys.yaml", "censys:\n  censys_api_secret: %s\n", a32,
		decoy("api id", ".env", "CENSYS_API_ID="+g.guid()+"\n"))
	named("virustotal-api-key", "VT_API_KEY", "vt.ts", "const virustotalApiKey = '%s';\n", h64,
		decoy("file hash", "report.py", "virustotal_sha256 = \""+g.hex(64)+"\"\n"),
		decoy("upper-case hex", ".env", "VIRUSTOTAL_API_KEY="+upHex(64)+"\n"))
	named("abuseipdb-api-key", "ABUSEIPDB_API_KEY", "check.py", "requests.get(url, headers={'Accept': 'application/json', 'Key': API_KEY}) # abuseipdb_key = '%s'\n", func() string { return g.hex(80) },
		decoy("upper-case hex", ".env", "ABUSEIPDB_KEY="+upHex(80)+"\n"))
	named("greynoise-api-key", "GREYNOISE_API_KEY", "gn.go", "client := greynoise.New(greynoiseKey) // greynoiseKey := \"%s\"\n", a32,
		decoy("X run", ".env", "GREYNOISE_API_KEY="+x("X", 32)+"\n"))
	named("securitytrails-api-key", "SECURITYTRAILS_API_KEY", "st.json", "{\"securitytrails_api_key\": \"%s\"}\n", a32)
	named("hibp-api-key", "HIBP_API_KEY", "breach.sh", "curl -H \"hibp-api-key: %s\" https://haveibeenpwned.com/api/v3/breachedaccount/x\n", h32,
		decoy("hash", "pwned.py", "haveibeenpwned_hash = \""+g.hex(32)+"\"\n"))
	named("urlscan-api-key", "URLSCAN_API_KEY", "urlscan.py", "URLSCAN_KEY = \"%s\"\n", g.guid,
		decoy("scan uuid", "urlscan.py", "urlscan_result_uuid = \""+g.guid()+"\"\n"))
	named("hybrid-analysis-api-key", "HYBRID_ANALYSIS_API_KEY", "ha.yml", "hybrid_analysis:\n  hybrid-analysis-api-key: %s\n", func() string { return g.alnum(64) })
	named("alienvault-otx-api-key", "OTX_API_KEY", "otx.py", "headers = {\"X-OTX-API-KEY\": \"%s\"}\n", h64,
		decoy("upper-case hex", ".env", "ALIENVAULT_OTX_KEY="+upHex(64)+"\n"))
	named("ipqualityscore-api-key", "IPQS_API_KEY", "fraud.js", "fetch(`https://ipqualityscore.com/api/json/ip/%s/${ip}`);\n", a32,
		decoy("path template", "fraud.js", "fetch(`https://ipqualityscore.com/api/json/ip/${key}/${ip}`);\n"))
	named("recordedfuture-api-token", "RECORDEDFUTURE_API_TOKEN", "rf.sh", "curl -H \"X-RFToken: %s\" https://api.recordedfuture.com/v2/ip/1.1.1.1\n", h32,
		decoy("upper-case hex", "rf.sh", "curl -H \"X-RFToken: "+upHex(32)+"\"\n"))
	named("binaryedge-api-key", "BINARYEDGE_API_KEY", "be.py", "binaryedge_key = '%s'\n", g.guid)
	named("intelx-api-key", "INTELX_API_KEY", "ix.py", "self.intelx_api_key = \"%s\"\n", g.guid,
		decoy("search id", "ix.py", "intelx_search_id = '"+g.guid()+"'\n"))
	named("pulsedive-api-key", "PULSEDIVE_API_KEY", "pd.yml", "pulsedive_api_key: \"%s\"\n", h64)

	// --- enrichment, geolocation, verification
	named("apilayer-access-key", "IPSTACK_ACCESS_KEY", "geo.js", "fetch('http://api.ipstack.com/134.201.250.155?access_key=%s');\n", h32,
		decoy("url template", "geo.js", "fetch(`http://api.ipstack.com/${ip}?access_key=${key}`);\n"),
		decoy("upper-case hex", ".env", "NUMVERIFY_API_KEY="+upHex(32)+"\n"))
	named("ipgeolocation-api-key", "IPGEOLOCATION_API_KEY", "geo.py", "r = requests.get('https://api.ipgeolocation.io/ipgeo?apiKey=%s&ip=8.8.8.8')\n", h32)
	named("abstractapi-api-key", "ABSTRACT_API_KEY", "email.ts", "await fetch(`https://emailvalidation.abstractapi.com/v1/?api_key=%s&email=${e}`);\n", h32)
	named("zerobounce-api-key", "ZEROBOUNCE_API_KEY", "zb.php", "$zerobounceApiKey = '%s';\n", h32)
	named("kickbox-api-key", "KICKBOX_API_KEY", "kb.js", "const kickboxKey = '%s';\n", func() string { return "live_" + g.hex(64) },
		decoy("no prefix", ".env", "KICKBOX_API_KEY="+g.hex(64)+"\n"))
	named("neverbounce-api-key", "NEVERBOUNCE_API_KEY", "nb.py", "neverbounce_api_key = '%s'\n", func() string { return "secret_" + g.hex(32) },
		decoy("no prefix", ".env", "NEVERBOUNCE_API_KEY="+g.hex(32)+"\n"))
	named("fullcontact-api-key", "FULLCONTACT_API_KEY", "fc.json", "{\"fullcontactApiKey\": \"%s\"}\n", a32)
	named("peopledatalabs-api-key", "PDL_API_KEY", "enrich.py", "pdl_api_key = \"%s\"\n", h64)
	named("smarty-auth-token", "SMARTY_AUTH_TOKEN", "verify.sh", "curl 'https://us-street.api.smarty.com/street-address?auth-id="+g.guid()+"&auth-token=%s&street=1+Main'\n", func() string { return g.alnum(20) },
		decoy("auth id only", ".env", "SMARTY_AUTH_ID="+g.guid()+"\n"))

	// --- scraping and SEO
	add("apify-api-token", []provTP{
		tp(".env", "APIFY_TOKEN=%s\n", "apify_api_"+g.alnum(36)),
		tp("run.ts", "const client = new ApifyClient({ token: '%s' });\n", "apify_api_"+g.alnum(36)),
	}, decoy("one short", ".env", "APIFY_TOKEN=apify_api_"+g.alnum(35)+"\n"),
		decoy("X run", "README.md", "APIFY_TOKEN=apify_api_"+x("X", 36)+"\n"),
		decoy("env reference", "run.ts", "const client = new ApifyClient({ token: process.env.APIFY_TOKEN });\n"))
	add("scrapfly-api-key", []provTP{
		tp(".env", "SCRAPFLY_KEY=%s\n", "scp-live-"+g.hex(32)),
		tp("scrape.py", "client = ScrapflyClient(key=\"%s\")\n", "scp-test-"+g.hex(32)),
	}, decoy("one short", ".env", "SCRAPFLY_KEY=scp-live-"+g.hex(31)+"\n"),
		decoy("X run", "README.md", "key=\"scp-live-"+x("x", 32)+"\"\n"),
		decoy("upper-case hex", ".env", "SCRAPFLY_KEY=scp-live-"+upHex(32)+"\n"))
	named("scraperapi-api-key", "SCRAPERAPI_KEY", "proxy.js", "const url = `http://api.scraperapi.com?api_key=%s&url=${target}`;\n", h32)
	named("scrapingbee-api-key", "SCRAPINGBEE_API_KEY", "bee.py", "SCRAPINGBEE_KEY = '%s'\n", func() string { return g.up(80) },
		decoy("lower case", ".env", "SCRAPINGBEE_API_KEY="+g.low(80)+"\n"))
	named("zyte-api-key", "ZYTE_API_KEY", "scrapinghub.yml", "apikey: x\n# SHUB_APIKEY=%s\n", h32)
	named("zenrows-api-key", "ZENROWS_API_KEY", "zr.go", "zenrowsKey := \"%s\"\n", func() string { return g.hex(40) })
	named("dataforseo-api-password", "DATAFORSEO_PASSWORD", "seo.py", "dataforseo_password = \"%s\"\n", func() string { return g.hex(16) },
		decoy("login", ".env", "DATAFORSEO_LOGIN=me@example.com\n"))
	named("semrush-api-key", "SEMRUSH_API_KEY", "seo.sh", "curl 'https://api.semrush.com/?type=domain_ranks&key=%s&domain=example.com'\n", h32)

	// --- calendars and shipping
	add("nylas-api-key", []provTP{
		tp(".env", "NYLAS_API_KEY=%s\n", "nyk_v0_"+g.alnum(64)),
		tp("nylas.ts", "const nylas = new Nylas({ apiKey: '%s', apiUri: 'https://api.us.nylas.com' });\n", "nyk_v0_"+g.alnum(64)),
	}, decoy("ellipsis", "README.md", "NYLAS_API_KEY=nyk_v0_...\n"),
		decoy("X run", ".env.example", "NYLAS_API_KEY=nyk_v0_"+x("x", 64)+"\n"),
		decoy("one short", ".env", "NYLAS_API_KEY=nyk_v0_"+g.alnum(63)+"\n"))
	add("aftership-api-key", []provTP{
		tp(".env", "AFTERSHIP_API_KEY=%s\n", "asat_"+g.hex(32)),
		tp("track.go", "req.Header.Set(\"as-api-key\", \"%s\")\n", "asat_"+g.hex(32)),
	}, decoy("one short", ".env", "AFTERSHIP_API_KEY=asat_"+g.hex(31)+"\n"),
		decoy("X run", "README.md", "as-api-key: asat_"+x("x", 32)+"\n"))
	named("17track-api-key", "TRACK17_API_KEY", "track.sh", "curl -H '17token: %s' https://api.17track.net/track/v2.2/register\n", func() string { return upHex(32) },
		decoy("lower-case hex", ".env", "TRACK17_API_KEY="+g.hex(32)+"\n"))
	named("dhl-api-key", "DHL_API_KEY", "dhl.ts", "headers: { 'DHL-API-Key': '%s' },\n", a32)
	named("sift-api-key", "SIFT_API_KEY", "fraud.rb", "Sift.api_key = '%s'\n", func() string { return g.hex(16) })

	// --- security platforms
	named("wiz-client-secret", "WIZ_CLIENT_SECRET", "wiz.tf", "provider \"wiz\" {\n  wiz_client_secret = \"%s\"\n}\n", func() string { return g.alnum(64) },
		decoy("wizard", "setup.js", "const wizardSecretStep = '"+g.low(8)+"';\n"))
	named("lacework-api-secret", "LACEWORK_API_SECRET", "lacework.toml", "[default]\n  lacework_api_secret = \"%s\"\n", func() string { return "_" + g.hex(32) },
		decoy("no underscore", ".env", "LACEWORK_API_SECRET="+g.hex(32)+"\n"))
	named("prisma-cloud-secret-key", "PRISMA_CLOUD_SECRET_KEY", "pc.py", "prisma_cloud_secret = \"%s\"\n", func() string { return g.std64(27) + "=" })
	named("crowdstrike-falcon-client-secret", "FALCON_CLIENT_SECRET", "falcon.yml", "falcon_client_secret: \"%s\"\n", func() string { return g.alnum(40) },
		decoy("client id", ".env", "FALCON_CLIENT_ID="+g.hex(32)+"\n"))
	named("sentinelone-api-token", "SENTINELONE_API_TOKEN", "s1.yml", "sentinelone:\n  sentinelone_api_token: %s\n", func() string { return g.alnum(80) })
	add("tenable-api-keys", []provTP{
		tp("scan.sh", "curl -H \"X-ApiKeys: accessKey="+g.hex(64)+"; secretKey=%s\" https://cloud.tenable.com/scans\n", g.hex(64)),
		tp("client.py", "headers = {'X-ApiKeys': 'accessKey="+g.hex(64)+";secretKey=%s'}\n", g.hex(64)),
	}, decoy("templated", "scan.sh", "curl -H \"X-ApiKeys: accessKey=$ACCESS; secretKey=$SECRET\"\n"),
		decoy("one short", "scan.sh", "X-ApiKeys: accessKey="+g.hex(64)+"; secretKey="+g.hex(63)+"\n"))
	named("tenable-secret-key", "TENABLE_SECRET_KEY", "tio.py", "tio = TenableIO(access_key, tenable_secret_key='%s')\n", h64,
		decoy("upper-case hex", ".env", "TENABLE_SECRET_KEY="+upHex(64)+"\n"))
	named("rapid7-insight-api-key", "RAPID7_API_KEY", "r7.ps1", "$rapid7ApiKey = \"%s\"\n", g.guid,
		decoy("org id", ".env", "RAPID7_ORG_ID="+g.guid()+"\n"))
	add("cloudflare-access-client-secret", []provTP{
		tp("probe.sh", "curl -H \"CF-Access-Client-Id: "+g.hex(32)+".access\" -H \"CF-Access-Client-Secret: %s\" https://app.example.com\n", g.hex(64)),
		tp(".env", "CF_ACCESS_CLIENT_SECRET=%s\n", g.hex(64)),
	}, decoy("client id", "probe.sh", "curl -H \"CF-Access-Client-Id: "+g.hex(32)+".access\"\n"),
		decoy("env reference", "probe.sh", "curl -H \"CF-Access-Client-Secret: ${CF_ACCESS_CLIENT_SECRET}\"\n"),
		decoy("one short", ".env", "CF_ACCESS_CLIENT_SECRET="+g.hex(63)+"\n"))
	named("netskope-api-token", "NETSKOPE_API_TOKEN", "ns.sh", "curl -H 'Netskope-Api-Token: %s' https://tenant.goskope.com/api/v2/events\n", h32)

	// --- logging, uptime and incident response
	named("loggly-customer-token", "LOGGLY_TOKEN", "log.sh", "curl -d 'hello' https://logs-01.loggly.com/inputs/%s/tag/http/\n", g.guid)
	named("papertrail-api-token", "PAPERTRAIL_API_TOKEN", "pt.py", "headers = {\"X-Papertrail-Token\": \"%s\"}\n", func() string { return g.alnum(20) })
	named("raygun-api-key", "RAYGUN_API_KEY", "settings.py", "RAYGUN_APIKEY = \"%s\"\n", func() string { return g.alnum(22) })
	named("statuscake-api-key", "STATUSCAKE_API_KEY", "sc.tf", "provider \"statuscake\" {\n  statuscake_api_token = \"%s\"\n}\n", func() string { return g.alnum(20) })
	add("victorops-rest-endpoint", []provTP{
		tp("alert.sh", "curl -X POST https://alert.victorops.com/integrations/generic/20131114/alert/%s/ops -d @alert.json\n", g.guid()),
		tp("alertmanager.yml", "  - url: 'https://alert.victorops.com/integrations/generic/20131114/alert/%s/db'\n", g.guid()),
	}, decoy("placeholder", "README.md", "https://alert.victorops.com/integrations/generic/20131114/alert/$API_KEY/$ROUTING_KEY\n"),
		decoy("one short", "alert.sh", "https://alert.victorops.com/integrations/generic/20131114/alert/"+intelCut(g.guid())+"/ops\n"))
	named("victorops-api-key", "VICTOROPS_API_KEY", "vo.py", "headers = {\"X-VO-Api-Key\": \"%s\"}\n", h32)
	named("sematext-app-token", "SEMATEXT_TOKEN", "st.yml", "sematext_logs_token: %s\n", g.guid)
	named("pingdom-api-token", "PINGDOM_API_TOKEN", "pd.go", "pingdomToken := \"%s\"\n", func() string { return g.url64(64) })
	add("rootly-api-key", []provTP{
		tp(".env", "ROOTLY_API_TOKEN=%s\n", "rootly_"+g.hex(64)),
		tp("rootly.tf", "provider \"rootly\" {\n  api_token = \"%s\"\n}\n", "rootly_"+g.hex(64)),
	}, decoy("one short", ".env", "ROOTLY_API_TOKEN=rootly_"+g.alnum(31)+"\n"),
		decoy("X run", "README.md", "api_token = \"rootly_"+x("x", 64)+"\"\n"))
	named("splunk-soar-auth-token", "SOAR_AUTH_TOKEN", "soar.sh", "curl -k -H 'ph-auth-token: %s' https://soar.example.com/rest/container\n", func() string { return g.std64(43) + "=" })
	return cs
}
