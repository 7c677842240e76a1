# Sourced by sync-realm.sh and add-staff.sh: signs kcadm.sh in as a master realm admin for this script only
# (its own config file, removed on exit). Reads KEYCLOAK_URL, KC_ADMIN, KC_ADMIN_PASSWORD, REALM (default
# physiorx) and KCADM (default /opt/keycloak/bin/kcadm.sh); sets $realm, $kcadm and $config.
: "${KEYCLOAK_URL:?set KEYCLOAK_URL}" "${KC_ADMIN:?set KC_ADMIN}" "${KC_ADMIN_PASSWORD:?set KC_ADMIN_PASSWORD}"
realm="${REALM:-physiorx}"
kcadm="${KCADM:-/opt/keycloak/bin/kcadm.sh}"
config="$(mktemp)"
trap 'rm -f "$config"' EXIT
"$kcadm" config credentials --config "$config" --server "$KEYCLOAK_URL" --realm master --user "$KC_ADMIN" \
  --password "$KC_ADMIN_PASSWORD" >/dev/null
