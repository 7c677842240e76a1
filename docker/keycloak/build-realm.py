#!/usr/bin/env python3
"""Writes the dev/test realm: the production realm plus docker/keycloak/dev-overlay.json.

Usage: build-realm.py OUT.json
The overlay adds the demo cast (password = username) and the physiorx-cli client
(direct access grants) and lets the web client redirect to any 127.0.0.1 port.
Staff sign in here without a second factor: therapist and clinic-admin no longer include the
second-factor role, but the role and the sign-in flow stay, so tests run the production flow
(a test grants second-factor to its own therapist).
"""
import copy, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
realm = json.load(open(os.path.join(here, "physiorx-realm.json")))
overlay = json.load(open(os.path.join(here, "dev-overlay.json")))

realm["sslRequired"] = "none"
realm["bruteForceProtected"] = False
realm["passwordPolicy"] = ""
for role in realm["roles"]["realm"]:
    if role["name"] in ("therapist", "clinic-admin"):
        role.pop("composites", None)
        role["composite"] = False
clients = {c["clientId"]: c for c in realm["clients"]}
for c in overlay["clients"]:
    if isinstance(c.get("protocolMappers"), str):
        c["protocolMappers"] = copy.deepcopy(clients[c["protocolMappers"].split(":")[1]]["protocolMappers"])
    if "secret" in c:
        variable = "PHYSIORX_KC_ADMIN_CLIENT_SECRET" if c["clientId"] == "physiorx-admin" else "PHYSIORX_OIDC_CLIENT_SECRET"
        c["secret"] = os.environ.get(variable) or c["secret"]
    if c["clientId"] in clients:
        clients[c["clientId"]].update(c)
    else:
        realm["clients"].append(c)

realm["users"] = realm.get("users", []) + [{
    "id": u["id"], "username": u["username"], "enabled": True, "emailVerified": True,
    "firstName": u["firstName"], "lastName": u["lastName"], "email": u["email"],
    "attributes": {"clinic": [u["clinic"]], "clinic_name": [u["clinic_name"]]},
    "credentials": [{"type": "password", "value": u["username"], "temporary": False}],
    "realmRoles": u["roles"],
} for u in overlay["users"]]

with open(sys.argv[1], "w") as out:
    json.dump(realm, out, indent=1)
