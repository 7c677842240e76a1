#!/bin/sh
# Starts PhysioRx: the image's entrypoint, and how bin/prod-stack starts the packaged app.
#
# The AOT cache (README, "Start-up and memory"). The image carries one made at build time, which holds only what
# static init loads (no database there). With a writable PHYSIORX_AOT_DIR (a volume), the first start is a training
# run against the real database and Keycloak: the JVM records what the app loads and runs, and writes a fuller cache
# into that folder when the app stops (this takes about 10-15 s more at that one stop). Every later start uses it
# and is ready about 40 % sooner. The cache's name carries the JVM's version and the jars' sizes and times, so an
# updated image trains afresh instead of offering the JVM a cache it would refuse.
#
#   JAVA_OPTS          the JVM's options (docker/Dockerfile sets them; an -XX:AOTCache=FILE in them is the
#                      build-time cache, used when there is no trained one, dropped when FILE does not exist)
#   PHYSIORX_AOT_DIR   where the trained cache lives; empty or not writable: the build-time cache only
set -eu
cd "${PHYSIORX_APP_DIR:-$(dirname "$0")}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# the options without the build-time cache, and that cache when it exists
base="" built=""
for o in ${JAVA_OPTS:-}; do
  case "$o" in
    -XX:AOTCache=*) [ -s "${o#-XX:AOTCache=}" ] && built="$o" ;;
    *) base="$base $o" ;;
  esac
done

dir="${PHYSIORX_AOT_DIR:-}"
if [ -z "$dir" ] || ! mkdir -p "$dir" 2>/dev/null || [ ! -w "$dir" ]; then
  # shellcheck disable=SC2086
  exec "$java" $built $base -jar quarkus-run.jar
fi

# the JVM (its release file and library) and the jars, by size and time: what the JVM checks a cache against
jhome=$(readlink -f "$(command -v "$java")"); jhome="${jhome%/bin/java}"
key=$( { cat "$jhome/release" 2>/dev/null || true; ls -lL --time-style=+%s "$jhome/lib/server/libjvm.so" 2>/dev/null || true
         ls -lR --time-style=+%s quarkus-run.jar app lib quarkus 2>/dev/null || true; } | cksum | cut -d' ' -f1)
cache="$dir/physiorx-$key.aot"
if [ -s "$cache" ]; then
  echo "[start] AOT cache trained on an earlier run: $cache"
  # shellcheck disable=SC2086
  exec "$java" -XX:AOTCache="$cache" $base -jar quarkus-run.jar
fi

echo "[start] no trained AOT cache yet: this run trains one, written to $cache when the app stops"
rm -f "$dir"/physiorx-*.aot "$dir"/physiorx-*.new "$dir"/physiorx-*.new.config
# shellcheck disable=SC2086
"$java" -XX:AOTCacheOutput="$cache.new" $base -jar quarkus-run.jar &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null || true' TERM INT
status=0
wait "$pid" || status=$?
# a trapped signal ends the first wait early: wait until the JVM has stopped and written the cache
while kill -0 "$pid" 2>/dev/null; do
  wait "$pid" || status=$?
done
if [ -s "$cache.new" ]; then
  mv "$cache.new" "$cache"
  echo "[start] AOT cache written: $cache"
fi
exit "$status"
