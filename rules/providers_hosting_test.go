package rules_test

import (
	"encoding/base64"
	"strings"

	"github.com/secretvet/secretvet/rules/checksum"
)

// The tables of rules/hosting.toml. Every token is built from the seeded
// generator or from parts: the project scans itself. Placeholder values are
// split so that no literal holds a long key-shaped value.

func init() { moreProviderCases = append(moreProviderCases, hostingCases) }

// hostingUpperGUID is a NetBird-style setup key: an upper-case UUID.
func hostingUpperGUID(g *tokenGen) string { return strings.ToUpper(g.guid()) }

// hostingPass is a human-style password: letters and digits around a
// punctuation mark.
func hostingPass(g *tokenGen, n int) string {
	return g.alnum(n/2) + g.draw("!-_~", 1) + g.alnum(n-n/2-1)
}

// hostingOpenVPNStatic is the body of an OpenVPN static key file: 16 lines of
// 32 hex digits.
func hostingOpenVPNStatic(g *tokenGen) string {
	var b strings.Builder
	for i := 0; i < 16; i++ {
		b.WriteString(g.hex(32) + "\n")
	}
	return b.String()
}

// hostingBase64Lines is base64 of n bytes broken into 64-character lines,
// as OpenVPN writes its tls-crypt-v2 keys.
func hostingBase64Lines(g *tokenGen, n int) string {
	s := base64.StdEncoding.EncodeToString(g.bytes(n))
	var b strings.Builder
	for len(s) > 64 {
		b.WriteString(s[:64] + "\n")
		s = s[64:]
	}
	b.WriteString(s + "\n")
	return b.String()
}

// hostingType7 is a Cisco type 7 string: a two-digit seed and hex pairs.
func hostingType7(g *tokenGen) string {
	return "0" + g.draw("0123456789", 1) + strings.ToUpper(g.hex(16))
}

func hostingCases(_ *tokenGen) []provCase {
	// A generator of its own: drawing from the shared one would change
	// every other table's tokens.
	g := newTokenGen(20261127)
	var cs []provCase
	add := func(rule string, tps []provTP, decoys ...provDecoy) {
		cs = append(cs, provCase{rule: rule, tps: tps, decoy: decoys})
	}
	x := strings.Repeat
	pw := func() string { return hostingPass(g, 18) }
	b64 := func(n int) string { return base64.StdEncoding.EncodeToString(g.bytes(n)) }

	// --- Registrars and DNS hosts
	add("namecheap-api-key", []provTP{
		tp(".env", "NAMECHEAP_API_USER=acme\nNAMECHEAP_API_KEY=%s\n", g.hex(32)),
		tp("dns.py", "url = \"https://api.namecheap.com/xml.response?ApiUser=acme&ApiKey=%s&UserName=acme&Command=namecheap.domains.getList\"\n", g.hex(32)),
	}, decoy("env reference", "dns.py", "key = os.environ[\"NAMECHEAP_API_KEY\"]\n"),
		decoy("zeros", ".env.example", "NAMECHEAP_API_KEY="+x("0", 32)+"\n"),
		decoy("one short", ".env", "NAMECHEAP_API_KEY="+g.hex(31)+"\n"))
	gdKey := func() string { return g.alnum(12) + "_" + g.alnum(22) }
	add("godaddy-api-secret", []provTP{
		tp("update.sh", "curl -X PUT -H \"Authorization: sso-key "+gdKey()+":%s\" https://api.godaddy.com/v1/domains/example.com/records/A/@\n", g.alnum(22)),
		tp(".env", "GODADDY_API_KEY="+gdKey()+"\nGODADDY_API_SECRET=%s\n", g.alnum(22)),
	}, decoy("header with references", "update.sh", "curl -H \"Authorization: sso-key ${GODADDY_KEY}:${GODADDY_SECRET}\" https://api.godaddy.com/v1/domains\n"),
		decoy("placeholder", "README.md", "GODADDY_API_SECRET=<your-secret>\n"),
		decoy("X run", ".env.example", "GODADDY_API_SECRET="+x("X", 22)+"\n"))
	add("gandi-api-token", []provTP{
		tp(".env", "GANDIV5_PERSONAL_ACCESS_TOKEN=%s\n", g.hex(40)),
		tp("terraform.tfvars", "gandi_token = \"%s\"\n", g.alnum(24)),
	}, decoy("env reference", "provider.tf", "gandi_token = var.gandi_token\n"),
		decoy("placeholder", ".env.example", "GANDI_API_KEY=your_gandi_"+"api_key_here\n"),
		decoy("X run", ".env.example", "GANDI_PERSONAL_ACCESS_TOKEN="+x("X", 40)+"\n"))
	add("porkbun-secret-api-key", []provTP{
		tp("porkbun.json", "{\n  \"apikey\": \"pk1_"+g.hex(64)+"\",\n  \"secretapikey\": \"%s\"\n}\n", "sk1_"+g.hex(64)),
		tp(".env", "PORKBUN_SECRET_API_KEY=%s\n", "sk1_"+g.hex(64)),
	}, decoy("API key only", "porkbun.json", "{\"apikey\": \"pk1_"+g.hex(64)+"\"}\n"),
		decoy("one short", ".env", "PORKBUN_SECRET_API_KEY=sk1_"+g.hex(63)+"\n"),
		decoy("upper case", ".env", "PORKBUN_SECRET_API_KEY=sk1_"+strings.ToUpper(g.hex(64))+"\n"))
	add("namecom-api-token", []provTP{
		tp(".env", "NAMECOM_USERNAME=acme\nNAMECOM_API_TOKEN=%s\n", g.hex(40)),
		tp("creds.json", "{\n  \"namecom\": {\"apiuser\": \"acme\", \"namecom_token\": \"%s\"}\n}\n", g.hex(40)),
	}, decoy("env reference", "deploy.sh", "export NAMECOM_API_TOKEN=\"$NAMECOM_TOKEN\"\n"),
		decoy("zeros", ".env.example", "NAMECOM_API_TOKEN="+x("0", 40)+"\n"),
		decoy("one short", ".env", "NAMECOM_API_TOKEN="+g.hex(39)+"\n"))
	add("dnsimple-access-token", []provTP{
		tp(".env", "DNSIMPLE_TOKEN=%s\nDNSIMPLE_ACCOUNT_ID=131072\n", "dnsimple_a_"+g.alnum(32)),
		tp("client.go", "client := dnsimple.NewClient(dnsimple.StaticTokenHTTPClient(ctx, \"%s\"))\n", "dnsimple_u_"+g.alnum(32)),
	}, decoy("prefix only", "README.md", "Account tokens start with dnsimple_a_ and user tokens with dnsimple_u_.\n"),
		decoy("one short", ".env", "DNSIMPLE_TOKEN=dnsimple_a_"+g.alnum(31)+"\n"),
		decoy("other letter", ".env", "DNSIMPLE_TOKEN=dnsimple_x_"+g.alnum(32)+"\n"))
	add("ns1-api-key", []provTP{
		tp(".env", "NS1_APIKEY=%s\n", g.alnum(20)),
		tp("zones.sh", "curl -H \"X-NSONE-Key: %s\" https://api.nsone.net/v1/zones\n", g.alnum(20)),
	}, decoy("env reference", "zones.sh", "curl -H \"X-NSONE-Key: $NS1_APIKEY\" https://api.nsone.net/v1/zones\n"),
		decoy("X run", ".env.example", "NS1_APIKEY="+x("X", 20)+"\n"),
		decoy("one short", ".env", "NS1_APIKEY="+g.alnum(19)+"\n"))
	add("dynu-api-key", []provTP{
		tp(".env", "DYNU_API_KEY=%s\n", g.alnum(32)),
		tp("ddns.yaml", "provider: dynu\ndynu_api_key: \"%s\"\n", g.alnum(40)),
	}, decoy("placeholder", ".env.example", "DYNU_API_KEY=your_dynu_"+"api_key\n"),
		decoy("env reference", "ddns.yaml", "dynu_api_key: ${DYNU_API_KEY}\n"),
		decoy("too short", ".env", "DYNU_API_KEY="+g.alnum(16)+"\n"))
	add("duckdns-token", []provTP{
		tp("duck.sh", "echo url=\"https://www.duckdns.org/update?domains=myhome&token=%s&ip=\" | curl -k -o ~/duckdns/duck.log -K -\n", g.guid()),
		tp("docker-compose.yml", "services:\n  duckdns:\n    environment:\n      - SUBDOMAINS=myhome\n      - DUCKDNS_TOKEN=%s\n", g.guid()),
	}, decoy("env reference", "duck.sh", "curl \"https://www.duckdns.org/update?domains=myhome&token=${DUCKDNS_TOKEN}\"\n"),
		decoy("placeholder", "README.md", "DUCKDNS_TOKEN=<your-token>\n"),
		decoy("not a uuid", "docker-compose.yml", "      - DUCKDNS_TOKEN="+g.hex(32)+"\n"))
	add("cloudns-auth-password", []provTP{
		tp("update.sh", "curl \"https://api.cloudns.net/dns/records.json?auth-id=1234&auth-password=%s&domain-name=example.com\"\n", pw()),
		tp(".env", "CLOUDNS_AUTH_ID=1234\nCLOUDNS_AUTH_PASSWORD=%s\n", pw()),
	}, decoy("env reference", "update.sh", "curl \"https://api.cloudns.net/dns/records.json?auth-id=1234&auth-password=$CLOUDNS_PASS\"\n"),
		decoy("placeholder", ".env.example", "CLOUDNS_AUTH_PASSWORD=changeme\n"),
		decoy("stars", ".env.example", "CLOUDNS_AUTH_PASSWORD=********\n"))
	add("hetzner-dns-api-token", []provTP{
		tp(".env", "HETZNER_DNS_API_TOKEN=%s\n", g.alnum(32)),
		tp("zones.sh", "curl \"https://dns.hetzner.com/api/v1/zones\" -H 'Auth-API-Token: %s'\n", g.alnum(32)),
	}, decoy("env reference", "zones.sh", "curl \"https://dns.hetzner.com/api/v1/zones\" -H \"Auth-API-Token: ${HETZNER_DNS_TOKEN}\"\n"),
		decoy("X run", ".env.example", "HETZNER_DNS_API_TOKEN="+x("X", 32)+"\n"),
		decoy("one short", ".env", "HETZNER_DNS_API_TOKEN="+g.alnum(31)+"\n"))
	add("desec-api-token", []provTP{
		tp(".env", "DESEC_TOKEN=%s\n", g.url64(27)+g.alnum(1)),
		tp("certbot.ini", "dns_desec_token = %s\ndns_desec_endpoint = https://desec.io/api/v1/\n", g.url64(27)+g.alnum(1)),
	}, decoy("env reference", "certbot.ini", "dns_desec_token = ${DESEC_TOKEN}\n"),
		decoy("placeholder", ".env.example", "DESEC_TOKEN=your-desec-"+"token-here\n"),
		decoy("one short", ".env", "DESEC_TOKEN="+g.alnum(27)+"\n"))

	// --- Hosting and cloud platforms
	add("upcloud-api-password", []provTP{
		tp(".env", "UPCLOUD_USERNAME=api-user\nUPCLOUD_PASSWORD=%s\n", pw()),
		tp(".envrc", "export UPCLOUD_USERNAME=api-user\nexport UPCLOUD_PASSWORD='%s'\n", pw()),
	}, decoy("env reference", "provider.tf", "upcloud_password = var.upcloud_password\n"),
		decoy("CI secret", "ci.yml", "UPCLOUD_PASSWORD: ${{ secrets.UPCLOUD_PASSWORD }}\n"),
		decoy("placeholder", ".env.example", "UPCLOUD_PASSWORD=changeme\n"))
	add("civo-api-key", []provTP{
		tp(".env", "CIVO_TOKEN=%s\n", g.alnum(50)),
		tp("setup.sh", "civo apikey add ci-key %s\ncivo apikey current ci-key\n", g.alnum(50)),
	}, decoy("env reference", "provider.tf", "provider \"civo\" {\n  token = var.civo_token\n}\n"),
		decoy("X run", ".env.example", "CIVO_TOKEN="+x("X", 50)+"\n"),
		decoy("one short", ".env", "CIVO_TOKEN="+g.alnum(49)+"\n"))
	add("equinix-metal-api-key", []provTP{
		tp(".env", "METAL_AUTH_TOKEN=%s\n", g.alnum(32)),
		tp("provider.tf", "provider \"equinix\" {\n  equinix_auth_token = \"%s\"\n}\n", g.alnum(32)),
	}, decoy("env reference", "provider.tf", "provider \"equinix\" {\n  auth_token = var.metal_auth_token\n}\n"),
		decoy("X run", ".env.example", "PACKET_AUTH_TOKEN="+x("X", 32)+"\n"),
		decoy("one short", ".env", "METAL_AUTH_TOKEN="+g.alnum(31)+"\n"))
	add("stackpath-client-secret", []provTP{
		tp(".env", "STACKPATH_CLIENT_ID="+g.hex(32)+"\nSTACKPATH_CLIENT_SECRET=%s\n", g.hex(64)),
		tp("provider.tf", "provider \"stackpath\" {\n  stack_id = \"x\"\n  stackpath_client_secret = \"%s\"\n}\n", g.hex(64)),
	}, decoy("env reference", "provider.tf", "client_secret = var.stackpath_client_secret\n"),
		decoy("zeros", ".env.example", "STACKPATH_CLIENT_SECRET="+x("0", 64)+"\n"),
		decoy("one short", ".env", "STACKPATH_CLIENT_SECRET="+g.hex(63)+"\n"))
	add("surge-token", []provTP{
		tp(".travis.yml", "env:\n  global:\n    - SURGE_LOGIN=ci@example.com\n    - SURGE_TOKEN=%s\n", g.hex(32)),
		tp("deploy.js", "const surgeToken = \"%s\";\n", g.hex(32)),
	}, decoy("CI secret", "deploy.yml", "SURGE_TOKEN: ${{ secrets.SURGE_TOKEN }}\n"),
		decoy("zeros", ".env.example", "SURGE_TOKEN="+x("0", 32)+"\n"),
		decoy("upper case", ".env", "SURGE_TOKEN="+strings.ToUpper(g.hex(32))+"\n"))
	add("platformsh-api-token", []provTP{
		tp(".env", "PLATFORMSH_CLI_TOKEN=%s\n", g.url64(43)+"A"),
		tp("deploy.yml", "env:\n  UPSUN_CLI_TOKEN: \"%s\"\n", g.alnum(40)),
	}, decoy("CI secret", "deploy.yml", "env:\n  PLATFORMSH_CLI_TOKEN: ${{ secrets.PLATFORMSH_CLI_TOKEN }}\n"),
		decoy("placeholder", ".env.example", "UPSUN_CLI_TOKEN=your-api-"+"token-goes-here\n"),
		decoy("too short", ".env", "PLATFORMSH_CLI_TOKEN="+g.alnum(20)+"\n"),
		decoy("long placeholder", ".env.example", "PLATFORMSH_CLI_TOKEN=your-platform-"+"sh-api-token-goes-here\n"))
	add("pantheon-machine-token", []provTP{
		tp("deploy.sh", "terminus auth:login --machine-token=%s --email=ci@example.com\n", g.url64(42)+"Q"),
		tp(".env", "TERMINUS_MACHINE_TOKEN=%s\n", g.alnum(43)),
	}, decoy("env reference", "deploy.sh", "terminus auth:login --machine-token=\"$TERMINUS_MACHINE_TOKEN\"\n"),
		decoy("placeholder", "README.md", "terminus auth:login --machine-token=<machine-token>\n"),
		decoy("too short", ".env", "TERMINUS_MACHINE_TOKEN="+g.alnum(20)+"\n"),
		decoy("dashed words", ".env.example", "TERMINUS_MACHINE_TOKEN=terminus-machine-"+"token-from-the-dashboard\n"))
	add("acquia-cloud-api-secret", []provTP{
		tp(".env", "ACQUIA_CLOUD_API_KEY="+g.guid()+"\nACQUIA_CLOUD_API_SECRET=%s\n", b64(32)),
		tp("acli.yml", "acli_key: "+g.guid()+"\nacli_secret: '%s'\n", b64(32)),
	}, decoy("env reference", "acli.yml", "acli_secret: ${ACLI_SECRET}\n"),
		decoy("API key only", ".env", "ACQUIA_CLOUD_API_KEY="+g.guid()+"\n"),
		decoy("one short", ".env", "ACQUIA_CLOUD_API_SECRET="+b64(32)[:42]+"=\n"))
	add("kinsta-api-key", []provTP{
		tp(".env", "KINSTA_API_KEY=%s\n", g.hex(64)),
		tp("sites.ts", "const kinstaApiKey = \"%s\";\nconst KINSTA_COMPANY = \"x\";\n", g.alnum(48)),
	}, decoy("env reference", "sites.ts", "const kinstaApiKey = process.env.KINSTA_API_KEY;\n"),
		decoy("placeholder", ".env.example", "KINSTA_API_KEY=your-kinsta-"+"api-key\n"),
		decoy("too short", ".env", "KINSTA_API_KEY="+g.alnum(30)+"\n"))
	add("cpanel-api-token", []provTP{
		tp("list.sh", "curl -H'Authorization: cpanel acme:%s' 'https://example.com:2083/execute/Email/list_pops'\n", g.up(32)),
		tp("whm.py", "headers = {\"Authorization\": \"whm root:%s\"}\n", g.up(32)),
		tp(".env", "CPANEL_API_TOKEN=%s\n", g.up(32)),
	}, decoy("env reference", "list.sh", "curl -H\"Authorization: cpanel acme:$CPANEL_TOKEN\" https://example.com:2083/execute/Email/list_pops\n"),
		decoy("X run", "whm.py", "headers = {\"Authorization\": \"whm root:"+x("X", 32)+"\"}\n"),
		decoy("lower case", "whm.py", "headers = {\"Authorization\": \"whm root:"+g.low(32)+"\"}\n"))
	add("plesk-api-key", []provTP{
		tp(".env", "PLESK_API_KEY=%s\n", g.guid()),
		tp("plesk.py", "plesk_secret_key = \"%s\"\nrequests.get(url, headers={\"X-API-Key\": plesk_secret_key})\n", g.guid()),
	}, decoy("env reference", "plesk.py", "plesk_secret_key = os.environ[\"PLESK_API_KEY\"]\n"),
		decoy("zero uuid", ".env.example", "PLESK_API_KEY=00000000-0000-0000-0000-000000000000\n"),
		decoy("plesk server id", ".env", "PLESK_SERVER_ID="+g.guid()+"\n"))
	add("proxmox-api-token", []provTP{
		tp("nodes.sh", "curl -H 'Authorization: PVEAPIToken=root@pam!monitoring=%s' https://pve.example.com:8006/api2/json/nodes\n", g.guid()),
		tp(".env", "PROXMOX_VE_API_TOKEN=\"terraform@pve!provider=%s\"\n", g.guid()),
		tp("main.tf", "provider \"proxmox\" {\n  pm_api_url          = \"https://pve.example.com:8006/api2/json\"\n  pm_api_token_id     = \"terraform@pam!tf\"\n  pm_api_token_secret = \"%s\"\n}\n", g.guid()),
	}, decoy("env reference", "nodes.sh", "curl -H \"Authorization: PVEAPIToken=root@pam!monitoring=${PVE_SECRET}\" https://pve.example.com:8006/api2/json/nodes\n"),
		decoy("token id only", "main.tf", "pm_api_token_id = \"terraform@pam!tf\"\npm_api_token_secret = var.pm_secret\n"),
		decoy("zero uuid", "README.md", "PVEAPIToken=root@pam!monitoring=00000000-0000-0000-0000-000000000000\n"))
	add("proxmox-backup-api-token", []provTP{
		tp("backup.sh", "curl -H 'Authorization: PBSAPIToken=backup@pbs!host1:%s' https://pbs.example.com:8007/api2/json/status/datastore-usage\n", g.guid()),
		tp(".env", "PBS_REPOSITORY=backup@pbs!host1@pbs.example.com:store1\nPBS_PASSWORD=%s\n", g.guid()),
	}, decoy("env reference", "backup.sh", "export PBS_PASSWORD=\"$(cat /run/secrets/pbs)\"\n"),
		decoy("zero uuid", "README.md", "PBSAPIToken=backup@pbs!host1:00000000-0000-0000-0000-000000000000\n"),
		decoy("password not uuid", ".env", "PBS_PASSWORD="+g.alnum(6)+"\n"))
	ptr := func() string { return "ptr_" + b64(32) }
	add("portainer-access-token", []provTP{
		tp("stacks.sh", "curl -H \"X-API-Key: %s\" https://portainer.example.com:9443/api/stacks\n", ptr()),
		tp("services.yaml", "- Portainer:\n    widget:\n      type: portainer\n      env: 2\n      key: %s\n", ptr()),
	}, decoy("env reference", "stacks.sh", "curl -H \"X-API-Key: $PORTAINER_TOKEN\" https://portainer.example.com:9443/api/stacks\n"),
		decoy("one short", "services.yaml", "      key: ptr_"+b64(32)[:42]+"=\n"),
		decoy("C pointer name", "list.c", "struct node *ptr_next = ptr_head->next;\n"))
	add("rancher-api-token", []provTP{
		tp(".env", "RANCHER_TOKEN=token-"+g.low(5)+":%s\n", g.low(54)),
		tp("provider.tf", "provider \"rancher2\" {\n  api_url   = \"https://rancher.example.com\"\n  token_key = \"token-"+g.low(5)+":%s\"\n}\n", g.low(54)),
	}, decoy("access key only", "provider.tf", "access_key = \"token-"+g.low(5)+"\"\n"),
		decoy("one short", ".env", "RANCHER_TOKEN=token-"+g.low(5)+":"+g.low(53)+"\n"),
		decoy("upper case", ".env", "RANCHER_TOKEN=token-"+g.low(5)+":"+g.up(54)+"\n"))

	// --- Private networks and network devices
	hs := func(kind string) string { return "hskey-" + kind + "-" + g.url64(12) + "-" + g.alnum(64) }
	add("headscale-api-key", []provTP{
		tp("config.yaml", "headscale:\n  url: https://hs.example.com\n  api_key: \"%s\"\n", hs("api")),
		tp(".env", "HEADSCALE_API_KEY=%s\n", hs("api")),
	}, decoy("display prefix", "keys.txt", "ID | Prefix\n1  | hskey-api-"+g.url64(12)+"-***\n"),
		decoy("placeholder", "README.md", "HEADSCALE_API_KEY=hskey-api-...\n"),
		decoy("one short", ".env", "HEADSCALE_API_KEY=hskey-api-"+g.alnum(12)+"-"+g.alnum(63)+"\n"))
	add("headscale-preauth-key", []provTP{
		tp("join.sh", "tailscale up --login-server https://hs.example.com --authkey %s\n", hs("auth")),
		tp("compose.yml", "environment:\n  TS_AUTHKEY: %s\n", hs("auth")),
	}, decoy("display prefix", "keys.txt", "hskey-auth-"+g.url64(12)+"-***\n"),
		decoy("placeholder", "README.md", "tailscale up --authkey hskey-auth-xxxxxxxx\n"),
		decoy("API key prefix", "notes.txt", "hskey-authreq-"+g.alnum(24)+"\n"))
	add("netbird-personal-access-token", []provTP{
		tp("peers.sh", "curl -H \"Authorization: Token %s\" https://api.netbird.io/api/peers\n", "nbp_"+checksum.AppendBase62CRC32(g.alnum(30))),
		tp("provider.tf", "provider \"netbird\" {\n  token = \"%s\"\n}\n", "nbp_"+checksum.AppendBase62CRC32(g.alnum(30))),
	}, decoy("checksum does not hold", "provider.tf", "token = \"nbp_"+mutateLast(checksum.AppendBase62CRC32(g.alnum(30)))+"\"\n"),
		decoy("env reference", "peers.sh", "curl -H \"Authorization: Token $NB_PAT\" https://api.netbird.io/api/peers\n"),
		decoy("one short", "provider.tf", "token = \"nbp_"+g.alnum(35)+"\"\n"),
		decoy("X run", "README.md", "token = \"nbp_"+x("X", 36)+"\"\n"))
	add("netbird-setup-key", []provTP{
		tp("install.sh", "netbird up --management-url https://netbird.example.com --setup-key %s\n", hostingUpperGUID(g)),
		tp("compose.yml", "services:\n  netbird:\n    environment:\n      - NB_SETUP_KEY=%s\n", hostingUpperGUID(g)),
	}, decoy("env reference", "install.sh", "netbird up --setup-key \"$NB_SETUP_KEY\"\n"),
		decoy("placeholder", "README.md", "netbird up --setup-key <SETUP KEY>\n"),
		decoy("zero uuid", "compose.yml", "      - NB_SETUP_KEY=00000000-0000-0000-0000-000000000000\n"))
	add("openvpn-static-key", []provTP{
		tp("ta.key", "#\n# 2048 bit OpenVPN static key\n#\n-----BEGIN OpenVPN Static key V1-----\n%s-----END OpenVPN Static key V1-----\n", hostingOpenVPNStatic(g)),
		tp("client.ovpn", "client\ndev tun\nkey-direction 1\n<tls-auth>\n-----BEGIN OpenVPN Static key V1-----\n%s-----END OpenVPN Static key V1-----\n</tls-auth>\n", hostingOpenVPNStatic(g)),
	}, decoy("header only", "README.md", "The file starts with -----BEGIN OpenVPN Static key V1----- and ends with -----END OpenVPN Static key V1-----.\n"),
		decoy("zeros", "ta.key", "-----BEGIN OpenVPN Static key V1-----\n"+x(x("0", 32)+"\n", 16)+"-----END OpenVPN Static key V1-----\n"),
		decoy("one line short", "ta.key", "-----BEGIN OpenVPN Static key V1-----\n"+hostingOpenVPNStatic(g)[33:]+"-----END OpenVPN Static key V1-----\n"))
	add("openvpn-tls-crypt-v2-key", []provTP{
		tp("server.key", "-----BEGIN OpenVPN tls-crypt-v2 server key-----\n%s\n-----END OpenVPN tls-crypt-v2 server key-----\n", strings.TrimSuffix(hostingBase64Lines(g, 128), "\n")),
		tp("client.ovpn", "client\n<tls-crypt-v2>\n-----BEGIN OpenVPN tls-crypt-v2 client key-----\n%s\n-----END OpenVPN tls-crypt-v2 client key-----\n</tls-crypt-v2>\n", strings.TrimSuffix(hostingBase64Lines(g, 400), "\n")),
	}, decoy("header only", "README.md", "-----BEGIN OpenVPN tls-crypt-v2 client key-----\n...\n-----END OpenVPN tls-crypt-v2 client key-----\n"),
		decoy("As", "server.key", "-----BEGIN OpenVPN tls-crypt-v2 server key-----\n"+x(x("A", 64)+"\n", 3)+"-----END OpenVPN tls-crypt-v2 server key-----\n"))
	add("ipsec-pre-shared-key", []provTP{
		tp("ipsec.secrets", "# /etc/ipsec.secrets\n203.0.113.5 198.51.100.7 : PSK \"%s\"\n", pw()),
		tp("swanctl.conf", "secrets {\n  ike-site2 {\n    id-1 = gw.example.com\n    secret = %s\n  }\n}\n", "0s"+b64(24)),
		tp("router.cfg", "crypto isakmp policy 10\n authentication pre-share\ncrypto isakmp key %s address 198.51.100.7\n", pw()),
		tp("fw.cfg", "tunnel-group 198.51.100.7 ipsec-attributes\n ikev2 remote-authentication pre-shared-key %s\n", pw()),
	}, decoy("placeholder", "ipsec.secrets", ": PSK \"changeme\"\n"),
		decoy("env reference", "ipsec.secrets", ": PSK \"$VPN_PSK\"\n"),
		decoy("masked", "fw.cfg", " ikev2 remote-authentication pre-shared-key *****\n"))
	add("strongswan-eap-password", []provTP{
		tp("ipsec.secrets", ": RSA server.pem\nalice : EAP \"%s\"\n", pw()),
		tp("ipsec.secrets", "bob : XAUTH \"%s\"\n", pw()),
	}, decoy("placeholder", "ipsec.secrets", "alice : EAP \"password\"\n"),
		decoy("env reference", "ipsec.secrets", "alice : EAP \"$EAP_PASS\"\n"))
	add("radius-shared-secret", []provTP{
		tp("router.cfg", "aaa new-model\nradius-server host 10.0.0.5 auth-port 1812 acct-port 1813 key %s\n", pw()),
		tp("switch.cfg", "radius server NPS1\n address ipv4 10.0.0.5 auth-port 1812 acct-port 1813\n key %s\n", pw()),
		tp("clients.conf", "client office {\n\tipaddr = 192.0.2.0/24\n\tsecret = %s\n\tshortname = office\n}\n", pw()),
		tp(".env", "RADIUS_SECRET=%s\n", pw()),
	}, decoy("FreeRADIUS default", "clients.conf", "client localhost {\n\tipaddr = 127.0.0.1\n\tsecret = testing123\n}\n"),
		decoy("masked", "switch.cfg", "radius-server key *****\n"),
		decoy("env reference", ".env", "RADIUS_SECRET=${RADIUS_SECRET}\n"))
	add("tacacs-shared-key", []provTP{
		tp("router.cfg", "tacacs-server host 10.0.0.9 key %s\n", pw()),
		tp("switch.cfg", "tacacs server ISE1\n address ipv4 10.0.0.9\n key %s\n", pw()),
	}, decoy("masked", "router.cfg", "tacacs-server key *****\n"),
		decoy("placeholder", "vars.yml", "tacacs_key: changeme\n"))
	add("snmp-write-community", []provTP{
		tp("snmpd.conf", "rocommunity monitor 10.0.0.0/8\nrwcommunity %s 10.0.0.5\n", g.alnum(12)),
		tp("switch.cfg", "snmp-server community %s RW 10\n", g.alnum(12)),
	}, decoy("default", "snmpd.conf", "rwcommunity private\n"),
		decoy("read-only", "switch.cfg", "snmp-server community "+g.alnum(12)+" RO 10\n"),
		decoy("env reference", "snmpd.conf", "rwcommunity $SNMP_RW 10.0.0.5\n"))
	add("cisco-type7-password", []provTP{
		tp("router.cfg", "username admin privilege 15 password 7 %s\n", hostingType7(g)),
		tp("switch.cfg", "interface Vlan1\n ip ospf message-digest-key 1 md5 7 x\nkey chain k1\n key 1\n  key-string 7 y\nntp authentication-key 1 md5 z 7\nradius-server key 7 %s\n", hostingType7(g)),
	}, decoy("type 5 hash", "router.cfg", "enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0\n"),
		decoy("prose", "README.md", "Set the password 7 characters long.\n"))

	// --- Package registries
	add("cloudsmith-api-key", []provTP{
		tp(".env", "CLOUDSMITH_API_KEY=%s\n", g.hex(40)),
		tp("publish.yml", "steps:\n  - uses: cloudsmith-io/action@v0.6\n    with:\n      cloudsmith_api_key: \"%s\"\n", g.hex(40)),
	}, decoy("CI secret", "publish.yml", "      api-key: ${{ secrets.CLOUDSMITH_API_KEY }}\n"),
		decoy("zeros", ".env.example", "CLOUDSMITH_API_KEY="+x("0", 40)+"\n"),
		decoy("one short", ".env", "CLOUDSMITH_API_KEY="+g.hex(39)+"\n"))
	add("cloudsmith-entitlement-token", []provTP{
		tp("sources.list", "deb https://dl.cloudsmith.io/%s/acme/tools/deb/debian bookworm main\n", g.alnum(16)),
		tp("requirements.txt", "--extra-index-url https://dl.cloudsmith.io/%s/acme/python/python/simple/\n", g.alnum(16)),
	}, decoy("public repo", "sources.list", "deb https://dl.cloudsmith.io/public/acme/tools/deb/debian bookworm main\n"),
		decoy("basic auth path", "sources.list", "deb https://dl.cloudsmith.io/basic/acme/tools/deb/debian bookworm main\n"),
		decoy("X run", "README.md", "https://dl.cloudsmith.io/"+x("X", 16)+"/acme/tools/\n"))
	add("gemfury-token", []provTP{
		tp("publish.sh", "curl -F package=@dist/app-1.0.tgz https://%s@push.fury.io/acme/\n", g.alnum(20)),
		tp("pip.conf", "[global]\nextra-index-url = https://%s:@pypi.fury.io/acme/\n", g.alnum(20)),
		tp(".env", "FURY_TOKEN=%s\n", g.alnum(20)),
	}, decoy("env reference", "publish.sh", "curl -F package=@dist/app.tgz https://${FURY_TOKEN}@push.fury.io/acme/\n"),
		decoy("placeholder", "pip.conf", "extra-index-url = https://TOKEN:@pypi.fury.io/acme/\n"),
		decoy("X run", ".env.example", "FURY_TOKEN="+x("X", 20)+"\n"),
		decoy("long placeholder", ".env.example", "FURY_TOKEN=your-gemfury-"+"push-token\n"))
	add("packagecloud-token", []provTP{
		tp("script.deb.sh", "curl -L https://%s:@packagecloud.io/acme/tools/gpgkey | apt-key add -\n", g.hex(48)),
		tp(".env", "PACKAGECLOUD_TOKEN=%s\n", g.hex(48)),
	}, decoy("env reference", "script.deb.sh", "curl -L https://${PACKAGECLOUD_TOKEN}:@packagecloud.io/acme/tools/gpgkey\n"),
		decoy("zeros", ".env.example", "PACKAGECLOUD_TOKEN="+x("0", 48)+"\n"),
		decoy("one short", ".env", "PACKAGECLOUD_TOKEN="+g.hex(47)+"\n"))
	add("nexus-repository-password", []provTP{
		tp("gradle.properties", "nexusUsername=deployer\nnexusPassword=%s\n", pw()),
		tp(".env", "NEXUS_PASSWORD=%s\n", pw()),
	}, decoy("default", "docker-compose.yml", "NEXUS_PASSWORD=admin123\n"),
		decoy("env reference", "build.gradle", "password = System.getenv(\"NEXUS_PASSWORD\")\nnexusPassword=${NEXUS_PASSWORD}\n"),
		decoy("property reference", "gradle.properties", "nexusPassword=project.nexusPass\n"),
		decoy("variable name", "gradle.properties", "nexusPassword=deployer"+"SecretValue\n"))
	add("aws-codeartifact-auth-token", []provTP{
		tp(".env", "CODEARTIFACT_AUTH_TOKEN=%s\n", "eyJ"+g.url64(400)),
		tp("build.sh", "export CODEARTIFACT_AUTH_TOKEN=\"%s\"\n", "eyJ"+g.url64(600)),
	}, decoy("command substitution", "build.sh", "export CODEARTIFACT_AUTH_TOKEN=`aws codeartifact get-authorization-token --domain acme --query authorizationToken --output text`\n"),
		decoy("env reference", "settings.xml", "<password>${env.CODEARTIFACT_AUTH_TOKEN}</password>\n"),
		decoy("too short", ".env", "CODEARTIFACT_AUTH_TOKEN=eyJ"+g.url64(100)+"\n"))

	// --- Automation controllers
	add("awx-oauth-token", []provTP{
		tp(".env", "CONTROLLER_HOST=https://awx.example.com\nCONTROLLER_OAUTH_TOKEN=%s\n", g.alnum(30)),
		tp("tower_cli.cfg", "[general]\nhost = https://awx.example.com\nawx_token = %s\n", g.alnum(30)),
	}, decoy("env reference", "playbook.yml", "controller_oauthtoken: \"{{ lookup('env', 'CONTROLLER_OAUTH_TOKEN') }}\"\n"),
		decoy("X run", ".env.example", "TOWER_OAUTH_TOKEN="+x("X", 30)+"\n"),
		decoy("one short", ".env", "CONTROLLER_OAUTH_TOKEN="+g.alnum(29)+"\n"))
	add("puppet-enterprise-rbac-token", []provTP{
		tp("deploy.sh", "curl -k -H \"X-Authentication: %s\" https://puppet.example.com:8143/orchestrator/v1/command/deploy\n", "0"+g.url64(43)),
		tp(".env", "PUPPET_TOKEN=%s\n", g.url64(45)+"A"),
	}, decoy("env reference", "deploy.sh", "curl -H \"X-Authentication: $(cat ~/.puppetlabs/token)\" https://puppet.example.com:8143/rbac-api/v1/users\n"),
		decoy("placeholder", "README.md", "PUPPET_TOKEN=your-puppet-"+"rbac-token-goes-here\n"),
		decoy("too short", ".env", "PE_TOKEN="+g.alnum(20)+"\n"),
		decoy("upper-case name", ".env.example", "PE_TOKEN=PUPPET_ENTERPRISE_"+"RBAC_ACCESS_TOKEN_VALUE\n"))

	return cs
}
