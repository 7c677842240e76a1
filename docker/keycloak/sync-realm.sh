#!/bin/bash
# Makes a realm that already exists follow the environment again. Keycloak imports the realm file only
# when the realm does not exist yet, so a client secret or public address changed later in .env would
# never reach it (and every sign-in would end on a bare 401). Run on every start, after Keycloak is
# healthy and before the app starts; idempotent. It sets, from the environment:
#   physiorx-web     its secret (PHYSIORX_OIDC_CLIENT_SECRET), redirect URIs and web origin (PHYSIORX_PUBLIC_URL)
#   physiorx-admin   its secret (PHYSIORX_KC_ADMIN_CLIENT_SECRET)
#   the realm        its sign-in pages: login theme physiorx, English and Spanish (default English), so
#                    that a realm imported before the theme existed gets it too
# Users, their passwords and second factors, and every other setting stay as they are (the realm file's
# other settings reach a new realm at its first import; change them later in the admin console).
# Environment: KEYCLOAK_URL (e.g. http://keycloak:8080), KC_ADMIN / KC_ADMIN_PASSWORD (a master realm
# admin), REALM (default physiorx), KCADM (default /opt/keycloak/bin/kcadm.sh).
set -euo pipefail
: "${KEYCLOAK_URL:?set KEYCLOAK_URL}" "${KC_ADMIN:?set KC_ADMIN}" "${KC_ADMIN_PASSWORD:?set KC_ADMIN_PASSWORD}"
: "${PHYSIORX_PUBLIC_URL:?set PHYSIORX_PUBLIC_URL}" "${PHYSIORX_OIDC_CLIENT_SECRET:?set PHYSIORX_OIDC_CLIENT_SECRET}"
: "${PHYSIORX_KC_ADMIN_CLIENT_SECRET:?set PHYSIORX_KC_ADMIN_CLIENT_SECRET}"
# Under compose this step also refuses Keycloak's own secrets when they are placeholders (the app checks
# its own, but never sees these): nothing starts with a password everyone knows.
for name in PHYSIORX_OIDC_CLIENT_SECRET PHYSIORX_KC_ADMIN_CLIENT_SECRET KC_ADMIN_PASSWORD PHYSIORX_KC_DB_PASSWORD; do
  value="${!name:-}"
  [ "$name" = PHYSIORX_KC_DB_PASSWORD ] && [ -z "$value" ] && continue # only checked where it is passed in
  case "${value,,}" in
    ""|*change-me*|changeme|secret|password|admin|keycloak|physiorx|physiorx-dev-secret|physiorx-dev-admin-secret|dev-only*)
      [ "${SYNC_REALM_ALLOW_DEV_SECRETS:-}" = true ] && continue
      echo "sync-realm: $name is not set or still holds a placeholder: set it in .env" >&2; exit 1;;
  esac
done
source "$(dirname "$0")/kcadm-session.sh"

client_id() { # clientId -> Keycloak's id of that client
  "$kcadm" get clients --config "$config" -r "$realm" -q clientId="$1" --fields id --format csv --noquotes | head -n 1
}
web="$(client_id physiorx-web)"
admin="$(client_id physiorx-admin)"
[ -n "$web" ] && [ -n "$admin" ] || { echo "sync-realm: realm $realm lacks physiorx-web or physiorx-admin" >&2; exit 1; }
url="${PHYSIORX_PUBLIC_URL%/}"
"$kcadm" update "clients/$web" --config "$config" -r "$realm" -s "secret=$PHYSIORX_OIDC_CLIENT_SECRET" \
  -s "redirectUris=[\"$url/*\"]" -s "webOrigins=[\"+\"]" -s 'attributes."post.logout.redirect.uris"=+'
"$kcadm" update "clients/$admin" --config "$config" -r "$realm" -s "secret=$PHYSIORX_KC_ADMIN_CLIENT_SECRET"
"$kcadm" update "realms/$realm" --config "$config" -s loginTheme=physiorx -s internationalizationEnabled=true \
  -s 'supportedLocales=["en","es"]' -s defaultLocale=en
echo "sync-realm: realm $realm follows the environment (clients physiorx-web and physiorx-admin, public address $url)"
