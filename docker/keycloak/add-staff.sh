#!/bin/bash
# Adds a staff member (therapist or clinic admin) to the physiorx realm with Keycloak's own kcadm.sh,
# and prints a temporary password once. At the first sign-in Keycloak makes them choose their own
# password and set up an authenticator app (their role includes second-factor).
#   add-staff.sh USERNAME EMAIL "FIRST" "LAST" ROLE CLINIC_KEY "CLINIC NAME"
#   ROLE: therapist or clinic-admin. CLINIC_KEY: a short key of the clinic (letters, digits, '-'); every
#   staff member of one clinic has the same key and clinic name. The first sign-in creates the clinic.
# Environment as for sync-realm.sh: KEYCLOAK_URL, KC_ADMIN / KC_ADMIN_PASSWORD (a master realm admin),
# REALM (default physiorx), KCADM (default /opt/keycloak/bin/kcadm.sh).
# Under compose (docker/compose.yml mounts this folder into keycloak-config):
#   docker compose -f docker/compose.yml --env-file .env run --rm --entrypoint /bin/bash keycloak-config \
#     /opt/physiorx/add-staff.sh tessa tessa@clinic.example Tessa Morgan clinic-admin riverside "Riverside Physio"
set -euo pipefail
[ $# -eq 7 ] || { sed -n '2,9p' "$0" >&2; exit 2; }
username="$1" email="$2" first="$3" last="$4" role="$5" clinic="$6" clinic_name="$7"
case "$role" in therapist|clinic-admin) ;; *) echo "add-staff: ROLE is therapist or clinic-admin, not $role" >&2; exit 2;; esac
[[ "$clinic" =~ ^[a-z0-9][a-z0-9-]{0,39}$ ]] || { echo "add-staff: CLINIC_KEY is lower-case letters, digits and '-'" >&2; exit 2; }
source "$(dirname "$0")/kcadm-session.sh"
"$kcadm" create users --config "$config" -r "$realm" -s "username=$username" -s "email=$email" -s emailVerified=true \
  -s "firstName=$first" -s "lastName=$last" -s enabled=true \
  -s "attributes.clinic=[\"$clinic\"]" -s "attributes.clinic_name=[\"$clinic_name\"]" >/dev/null
"$kcadm" add-roles --config "$config" -r "$realm" --uusername "$username" --rolename "$role"
# 20 letters and digits from the kernel's random source: meets the realm's password policy, used once
random="$(head -c 600 /dev/urandom | LC_ALL=C tr -dc 'A-Za-z0-9')"
password="${random:0:20}"
[ ${#password} -eq 20 ] || { echo "add-staff: could not make a password" >&2; exit 1; }
"$kcadm" set-password --config "$config" -r "$realm" --username "$username" --new-password "$password" --temporary
echo "add-staff: $username ($role, clinic $clinic) added; temporary password: $password"
