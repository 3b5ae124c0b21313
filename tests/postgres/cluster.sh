#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the team-store tests (docs/TEAM.md, .ci/jobs/40-postgres.sh):
#   cluster.sh start DIR   initdb into DIR/data as an unprivileged user, listen only on a Unix
#                          socket in DIR (no TCP), trust authentication for local connections;
#                          prints the URI of the database "crossings" (created empty).
#   cluster.sh stop DIR    stops it (fast), leaving DIR for the caller to remove.
# Run as root, the server runs as the user "postgres" (runuser); otherwise as the caller.
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?a folder}
bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$bin/initdb" ] || { echo "cluster.sh: no PostgreSQL server (apt-get install postgresql)" >&2; exit 1; }
as=()
if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    as=(runuser -u postgres --)
fi
case "$cmd" in
start)
    mkdir -p "$dir"
    [ "$(id -u)" -ne 0 ] || chown postgres "$dir"
    chmod 700 "$dir"
    "${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # No TCP at all (listen_addresses empty): the socket in $dir is the only way in.
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses='' -k $dir -c fsync=off -c max_connections=40" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    [ "$(id -u)" -ne 0 ] || chmod 711 "$dir"
    "$bin/psql" -h "$dir" -U postgres -d postgres -qAtc "CREATE DATABASE crossings" >/dev/null
    echo "postgresql://postgres@/crossings?host=$dir"
    ;;
stop)
    [ -d "$dir/data" ] || exit 0
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
restart-stop) # the server only (tests of a dropped connection)
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
restart-start)
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses='' -k $dir -c fsync=off -c max_connections=40" start >/dev/null
    ;;
*) echo "cluster.sh: start|stop DIR" >&2; exit 2 ;;
esac
