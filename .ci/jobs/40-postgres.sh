#!/usr/bin/env bash
# The team store on PostgreSQL (issue 15): a throwaway cluster (initdb in a temporary folder as
# the unprivileged user "postgres", listening only on a Unix socket in that folder: no TCP),
# then tst_teamstore against it (set-up by two clients at once, roles, the same data and output
# as SQLite, import and undo by their author, a reader refused, two importers at once, the
# connection dropped and back, an unreachable server) and the command line's answers to bad
# addresses. The cluster is stopped and removed on exit, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive
build=${CROSSINGS_BUILD_DIR:-build} # .ci/run builds `build`; another tree for a local run
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
ls /usr/lib/*/qt6/plugins/sqldrivers/libqsqlpsql.so >/dev/null 2>&1 || need+=(libqt6sql6-psql)
if [ ${#need[@]} -gt 0 ]; then
    $sudo apt-get install -y --no-install-recommends "${need[@]}"
fi

# The suites that run on both engines: here on a new database of the cluster for each store.
both=(tst_importplan tst_rangereads tst_dataactions tst_importprogress tst_export_range_cli tst_import_cli
      tst_verify_cli tst_briefing_cli)
echo "+ cmake --build $build --target tst_teamstore tst_storelocation crossings ${both[*]}"
cmake --build "$build" --target tst_teamstore tst_storelocation crossings "${both[@]}"

cluster=$(mktemp -d /tmp/crossings-pg.XXXXXX)
rt=$(mktemp -d /tmp/crossings-rt.XXXXXX)
cleanup() {
    bash tests/postgres/cluster.sh stop "$cluster" || true
    rm -rf "$cluster" "$rt"
}
trap cleanup EXIT
echo "+ tests/postgres/cluster.sh start $cluster"
uri=$(bash tests/postgres/cluster.sh start "$cluster")
echo "  $uri"

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
chmod 700 "$rt"
export XDG_RUNTIME_DIR="$rt"
export CROSSINGS_TEST_DATABASE="$uri" CROSSINGS_TEST_CLUSTER="$cluster"
echo "+ tst_teamstore"
"$build/tests/tst_teamstore"
echo "+ tst_storelocation"
"$build/tests/tst_storelocation"
# The same suites as on SQLite, every store a database on the server (tests/importfixture.h);
# only what is about SQLite's own files (a corrupt, foreign, locked or read-only file) is left out.
sqlite_only='^badDatabaseIsLeftUntouched$'
for t in "${both[@]}"; do
    mapfile -t functions < <("$build/tests/$t" -functions | sed 's/()$//' | grep -Ev "$sqlite_only")
    echo "+ $t on PostgreSQL (${#functions[@]} functions)"
    mkdir -p "$rt/$t"
    (cd "$build/tests" && CROSSINGS_TEST_ENGINE=postgres XDG_CONFIG_HOME="$rt/$t/config" \
        XDG_DATA_HOME="$rt/$t/data" XDG_CACHE_HOME="$rt/$t/cache" "./$t" "${functions[@]}")
done
