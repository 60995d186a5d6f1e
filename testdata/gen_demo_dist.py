#!/usr/bin/env python3
"""Builds the demo's built dt-app output: testdata/demo/dist/ui/main.js (one
minified line with a planted fake token among decoys: a placeholder token,
integrity hashes, a base64 font, chunk maps, mangled names),
dist/ui/main.js.map (its sourcesContent holds the original ui/app/api.ts with
the token) and out/artifact.zip (what `dt-app deploy --dry-run` saves: the
dist with a manifest.yaml). The token is fake, format-valid, and built from a
fixed seed, so the output is the same on every run.

Run from the repository root: python3 testdata/gen_demo_dist.py
"""
import base64
import json
import os
import random
import zipfile

DEMO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "demo")
rng = random.Random(20260127)
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def pick(alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


token = "dt0c01." + pick(B32, 24) + "." + pick(B32, 64)
placeholder = "dt0c01." + "X" * 24 + "." + "X" * 64

api_ts = """// Posts the open problems to the on-call service (bundled into the UI).
const ENV_URL = 'https://abc12345.apps.dynatrace.com';
const DT_API_TOKEN = '%s';

export async function openProblems() {
  const res = await fetch(`${ENV_URL}/api/v2/problems`, {
    headers: { Authorization: `Api-Token ${DT_API_TOKEN}` },
  });
  return res.json();
}
""" % token

app_tsx = """import React from 'react';
import { openProblems } from './api';

// Docs example, not a token: %s
export const App = () => <div onClick={openProblems}>Incident notifier</div>;
""" % placeholder

font = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(1200))).decode()
sri = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(48))).decode()
chunks = ",".join('%d:"%s"' % (rng.randint(100, 999), pick("0123456789abcdef", 20)) for _ in range(12))
named = ",".join('"src_pages_%s_tsx":"%s"' % (n, pick("0123456789abcdef", 20)) for n in ("ApiTokens", "Secrets", "AuthCallback"))
names = ",".join('"_%s_%skey%d_%s%d"' % (pick("abcdefghij", 4), pick("abcdefghij", 2), rng.randint(0, 9), pick("abcdefghij", 3), rng.randint(10, 99)) for _ in range(6))

main_js = (
    '(()=>{"use strict";var e={},t={};function r(n){var o=t[n];if(void 0!==o)return o.exports}'
    'r.u=e=>"static/js/"+e+"."+{%s}[e]+".chunk.js";r.n={%s};' % (chunks, named)
    + 'const i=["useApiToken",%s];' % names
    + 'const s={integrity:"sha384-%s",tokenIntegrity:"sha384-%s"};' % (sri, sri)
    + 'const f="@font-face{font-family:Inter;src:url(data:font/woff2;base64,%s) format(\\"woff2\\")}";' % font
    + 'const a="https://abc12345.apps.dynatrace.com",c="%s",d="%s";' % (token, placeholder)
    + 'async function l(){return(await fetch(a+"/api/v2/problems",{headers:{Authorization:"Api-Token "+c}})).json()}'
    + 'const u=()=>(0,e.jsx)("div",{onClick:l,children:"Incident notifier"});'
    + 'e.App=u})();\n//# sourceMappingURL=main.js.map\n'
)

main_map = json.dumps({
    "version": 3,
    "file": "main.js",
    "sources": ["../../ui/app/api.ts", "../../ui/app/App.tsx"],
    "sourcesContent": [api_ts, app_tsx],
    "names": ["openProblems", "ENV_URL", "DT_API_TOKEN", "fetch", "App"],
    "mappings": "AAAA,MAAMA,UAAU;AACtB,MAAMC,eAAe",
}, indent=None) + "\n"

manifest_yaml = """id: my.incident.notifier
name: Incident notifier
version: 0.1.0
description: Posts open problems to the on-call channel
app-bundle-version: 0.1.0
scopes:
- name: storage:logs:read
  comment: read problem logs
- name: settings:objects:write
  comment: legacy, not used
"""

os.makedirs(os.path.join(DEMO, "dist", "ui"), exist_ok=True)
os.makedirs(os.path.join(DEMO, "out"), exist_ok=True)
with open(os.path.join(DEMO, "dist", "ui", "main.js"), "w") as fh:
    fh.write(main_js)
with open(os.path.join(DEMO, "dist", "ui", "main.js.map"), "w") as fh:
    fh.write(main_map)
with zipfile.ZipFile(os.path.join(DEMO, "out", "artifact.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in (("manifest.yaml", manifest_yaml), ("ui/main.js", main_js), ("ui/main.js.map", main_map)):
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 27, 12, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
print("wrote dist/ui/main.js, dist/ui/main.js.map, out/artifact.zip; token", token[:14] + "…")
