#!/usr/bin/env bash
# Prints the KeycloakRealmImport of the production realm, made from docker/keycloak/physiorx-realm.json
# (the file compose imports, so the two cannot drift), for the Keycloak resource in keycloak.yml:
#   docker/kubernetes/realm-import.sh https://physiorx.clinic.example | kubectl apply -f -
# The argument is the app's public address (PHYSIORX_PUBLIC_URL: the client's redirect URIs). The two
# client secrets stay placeholders that the operator fills from the Secret physiorx-secrets, so no
# secret passes through this script. The operator creates the realm once; it never updates an existing
# realm (delete the KeycloakRealmImport after it has run: that removes its Job).
set -euo pipefail
url="${1:?usage: realm-import.sh PUBLIC_URL (https://...)}"
case "$url" in https://*) ;; *) echo "realm-import.sh: the public address must start with https://" >&2; exit 2 ;; esac
url="${url%/}"
realm="$(dirname "$0")/../keycloak/physiorx-realm.json"
cat <<YAML
apiVersion: k8s.keycloak.org/v2alpha1
kind: KeycloakRealmImport
metadata:
  name: physiorx-realm
  labels:
    app.kubernetes.io/part-of: physiorx
spec:
  keycloakCRName: physiorx-keycloak
  placeholders:
    PHYSIORX_OIDC_CLIENT_SECRET:
      secret:
        name: physiorx-secrets
        key: oidc-client-secret
    PHYSIORX_KC_ADMIN_CLIENT_SECRET:
      secret:
        name: physiorx-secrets
        key: kc-admin-client-secret
  # JSON is YAML: the realm file as it is, indented under "realm"
  realm:
YAML
sed -e "s|\${PHYSIORX_PUBLIC_URL}|${url//|/\\|}|g" -e 's/^/    /' "$realm"
