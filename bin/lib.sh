# Shared helpers for bin/ scripts. Source it; do not run it.
# Picks a JDK >= 21, fetches Maven 3.9 through Maven's own resolver, and knows
# where PhysioRx keeps its runtime state (.run/) and download cache.
set -euo pipefail

PHYSIORX_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PHYSIORX_RUN="${PHYSIORX_RUN:-$PHYSIORX_HOME/.run}"
PHYSIORX_CACHE="${PHYSIORX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/physiorx}"
MAVEN_VERSION=3.9.16
KEYCLOAK_VERSION=26.5.6

# Load .env if present (it overrides nothing already set in the environment).
if [ -f "$PHYSIORX_HOME/.env" ]; then
  while IFS='=' read -r key value; do
    case "$key" in ''|\#*) continue ;; esac
    [ -z "${!key:-}" ] && export "$key=$value"
  done < "$PHYSIORX_HOME/.env"
fi

PHYSIORX_DB_HOST="${PHYSIORX_DB_HOST:-127.0.0.1}"
PHYSIORX_DB_PORT="${PHYSIORX_DB_PORT:-5432}"
PHYSIORX_KC_PORT="${PHYSIORX_KC_PORT:-8180}"
PHYSIORX_KC_MANAGEMENT_PORT="${PHYSIORX_KC_MANAGEMENT_PORT:-9180}"
export PHYSIORX_DB_HOST PHYSIORX_DB_PORT PHYSIORX_KC_PORT

log() { printf '[physiorx] %s\n' "$*" >&2; }
die() { printf '[physiorx] error: %s\n' "$*" >&2; exit 1; }

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }

# Sets JAVA_HOME to a JDK >= 21: $JAVA_HOME if it qualifies, else the newest under /usr/lib/jvm.
pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    export JAVA_HOME; return
  fi
  local best="" best_v=0 d v
  for d in /usr/lib/jvm/*/; do
    d="${d%/}"
    [ -x "$d/bin/javac" ] || continue
    v="$(java_major "$d" || echo 0)"
    if [ "${v:-0}" -gt "$best_v" ] 2>/dev/null; then best="$d"; best_v="$v"; fi
  done
  [ "$best_v" -ge 21 ] || die "PhysioRx needs a JDK 21 or newer. Install one (e.g. apt-get install openjdk-21-jdk or Temurin 21+) or set JAVA_HOME to it."
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

# Fetches an artifact from the configured Maven repositories into the cache (once).
fetch_artifact() { # groupId:artifactId:version:type[:classifier] file-name
  local file="$PHYSIORX_CACHE/dl/$2"
  if [ ! -s "$file" ]; then
    command -v mvn >/dev/null || die "Maven (mvn) is needed once to download $1; apt-get install maven"
    log "downloading $1 (once, cached in $PHYSIORX_CACHE)"
    mkdir -p "$PHYSIORX_CACHE/dl"
    mvn -q -B dependency:copy -Dartifact="$1" -DoutputDirectory="$PHYSIORX_CACHE/dl" >&2 \
      || die "could not download $1"
  fi
  printf '%s\n' "$file"
}

# Prints the path of a Maven >= 3.9 binary (a cached copy of $MAVEN_VERSION if needed).
maven_bin() {
  local dir="$PHYSIORX_CACHE/apache-maven-$MAVEN_VERSION"
  if [ ! -x "$dir/bin/mvn" ]; then
    local tgz; tgz="$(fetch_artifact "org.apache.maven:apache-maven:$MAVEN_VERSION:tar.gz:bin" "apache-maven-$MAVEN_VERSION-bin.tar.gz")"
    tar -xzf "$tgz" -C "$PHYSIORX_CACHE"
  fi
  printf '%s\n' "$dir/bin/mvn"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# The newest installed PostgreSQL server binaries (Debian's package, installed if missing).
pg_bin() {
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$d" ]; then
    log "PostgreSQL is not installed: installing Debian's package"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 || die "apt-get install postgresql failed"
    # Debian starts its own cluster on 5432; ours runs on its own data folder instead.
    command -v pg_ctlcluster >/dev/null && for c in $(pg_lsclusters -h 2>/dev/null | awk '{print $1"/"$2}'); do
      pg_ctlcluster "${c%/*}" "${c#*/}" stop 2>/dev/null || true; done
    d="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  printf '%s\n' "$d"
}

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
