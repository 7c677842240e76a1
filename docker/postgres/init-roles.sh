#!/bin/bash
# Runs once, when the database container starts on an empty volume (docker-entrypoint-initdb.d).
# Two roles, neither a superuser: the owner (runs the migrations, owns the tables) and the app's
# role (the connection pool), which gets only what db/migration/V16 grants it.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner="$PHYSIORX_DB_OWNER" -v owner_pw="$PHYSIORX_DB_OWNER_PASSWORD" \
  -v app="$PHYSIORX_DB_USER" -v app_pw="$PHYSIORX_DB_PASSWORD" <<'SQL'
create role :"owner" login nosuperuser nocreatedb nocreaterole password :'owner_pw';
create role :"app" login nosuperuser nocreatedb nocreaterole password :'app_pw';
create database physiorx owner :"owner";
SQL
