#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmark of docs/PERFORMANCE.md: runs every measurement and prints each figure with its
# budget. It builds nothing; `cmake --build build --target benchmark` builds what it needs and
# runs it. Not a test: a missed budget is reported, not an error (the exit status is 1 only when a
# measurement could not run).
#
#   tests/bench/run.sh [--crossings BUILD/app/crossings] [--bench BUILD/tests/bench/crossings_bench]
#                      [--runs N] [--quick] [--no-xvfb] [--large-rows "1000 … 1000000"]
#                      [--large-only] [--postgres]
#
# Case 8 (issue 23) builds stores of 1k to 1M rows (--large-rows; --quick stops at 10k) and
# measures the commands on each; --large-only runs case 8 alone. With --postgres, case 8 runs on
# a team store too: a throwaway PostgreSQL cluster (tests/postgres/cluster.sh; Debian's
# postgresql and libqt6sql6-psql), a database per size, stopped and removed at the end.
#
# Tools: hyperfine (timing; a shell loop otherwise), /usr/bin/time (peak memory), Debian's
# python3-matplotlib (the comparison), Xvfb (start-up on X as well as offscreen). Missing ones are
# named and their figures skipped:
#   apt-get install -y hyperfine time xvfb && apt-get install -y --no-install-recommends python3-matplotlib
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
crossings="$root/build/app/crossings"
bench="$root/build/tests/bench/crossings_bench"
runs=20
xvfb=1
large_rows=
large_only=0
postgres=0
while [ $# -gt 0 ]; do
    case "$1" in
    --crossings) crossings=$2; shift 2 ;;
    --bench) bench=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --quick) runs=5; large_rows=${large_rows:-1000 10000}; shift ;;
    --large-rows) large_rows=$2; shift 2 ;;
    --large-only) large_only=1; shift ;;
    --postgres) postgres=1; shift ;;
    --no-xvfb) xvfb=0; shift ;;
    -h | --help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
for f in "$crossings" "$bench"; do
    if [ ! -x "$f" ]; then
        echo "run.sh: $f is not built (cmake --build build --target benchmark builds it)" >&2
        exit 2
    fi
done

# A private store, settings and runtime folder: the user's are never touched.
work=$(mktemp -d /tmp/crossings-bench.XXXXXX)
xvfb_pid=
cluster= # --postgres: the throwaway cluster's folder (outside $work, which only we may enter)
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    [ -n "$cluster" ] && { bash "$root/tests/postgres/cluster.sh" stop "$cluster"; rm -rf "$cluster"; }
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime" \
    XDG_CACHE_HOME="$work/cache"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8
failures=0
missed=()

python=/usr/bin/python3 # Debian's, where python3-matplotlib lives
[ -x "$python" ] || python=$(command -v python3 || true)

# report WHAT MEDIAN_MS MIN_MS MAX_MS N [BUDGET] [UNIT]: one line, as crossings_bench prints it.
report() {
    local what=$1 median=$2 lo=$3 hi=$4 n=$5 budget=${6:-} unit=${7:-ms} verdict=
    if [ -n "$budget" ]; then
        if awk -v m="$median" -v b="$budget" 'BEGIN { exit !(m <= b) }'; then
            verdict="  budget <= $budget $unit  ok"
        else
            verdict="  budget <= $budget $unit  MISSED"
            missed+=("$what")
        fi
    fi
    printf '  %-58s median %9.2f %s  (min %.2f, max %.2f, n=%d)%s\n' \
        "$what" "$median" "$unit" "$lo" "$hi" "$n" "$verdict"
}

# stats < numbers: "median min max n"
stats() {
    sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "0 0 0 0"; exit }
        m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        print m, v[1], v[NR], NR }'
}

# timed WHAT BUDGET_MS RUNS COMMAND...: whole-process wall time, median of RUNS after warm-up.
# Sets $last_median (ms).
timed() {
    local what=$1 budget=$2 n=$3
    shift 3
    last_median=
    if ! "$@" >/dev/null 2>"$work/err"; then
        echo "  $what: the command failed: $*" >&2
        cat "$work/err" >&2
        failures=$((failures + 1))
        last_median=
        return
    fi
    if command -v hyperfine >/dev/null; then
        local cmd=
        for a in "$@"; do cmd+="${cmd:+ }$a"; done # no spaces in these paths (mktemp, build)
        hyperfine -N --style none --warmup "${timed_warmup:-3}" --runs "$n" --export-json "$work/h.json" "$cmd" \
            >/dev/null 2>"$work/err" || { cat "$work/err" >&2; failures=$((failures + 1)); return; }
        "$python" -c 'import json, sys
for t in json.load(open(sys.argv[1]))["results"][0]["times"]: print(t * 1000)' "$work/h.json" \
            >"$work/times"
    else
        : >"$work/times"
        for ((i = 0; i < ${timed_warmup:-3}; i++)); do "$@" >/dev/null 2>&1; done
        for ((i = 0; i < n; i++)); do
            local t0=$EPOCHREALTIME
            "$@" >/dev/null 2>&1
            local t1=$EPOCHREALTIME
            awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", (b - a) * 1000 }' >>"$work/times"
        done
    fi
    read -r median lo hi count < <(stats <"$work/times")
    report "$what" "$median" "$lo" "$hi" "$count" "$budget"
    last_median=$median
    # CPU time barely depends on the machine's load, wall time does.
    [ -s "$work/h.json" ] && command -v hyperfine >/dev/null && "$python" -c 'import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print("  %-58s mean   %9.2f ms  (user %.2f + system %.2f)" % ("   ... CPU time", (r["user"] + r["system"]) * 1000, r["user"] * 1000, r["system"] * 1000))' "$work/h.json"
    rm -f "$work/h.json"
}

# rss WHAT BUDGET_MB RUNS COMMAND...: peak resident memory (/usr/bin/time), median of RUNS.
# $rss_ok_exit (default 0) is the highest exit status that counts as a run (1: refused files).
rss() {
    local what=$1 budget=$2 n=$3
    shift 3
    if [ ! -x /usr/bin/time ]; then
        echo "  $what: skipped (no /usr/bin/time: apt-get install time)"
        return
    fi
    : >"$work/rss"
    for ((i = 0; i < n; i++)); do
        /usr/bin/time -f '%M' -o "$work/one" "$@" >/dev/null 2>&1
        local code=$?
        if [ "$code" -gt "${rss_ok_exit:-0}" ]; then
            echo "  $what: the command failed (exit $code): $*" >&2
            failures=$((failures + 1))
            return
        fi
        grep -v '^Command exited' "$work/one" >"$work/one.kib" && mv "$work/one.kib" "$work/one"
        awk '{ printf "%.1f\n", $1 / 1024 }' "$work/one" >>"$work/rss" # KiB -> MiB
    done
    read -r median lo hi count < <(stats <"$work/rss")
    report "$what" "$median" "$lo" "$hi" "$count" "$budget" MiB
}

# The bench's own lines; its failures count, its misses are collected.
bench_run() {
    local out
    out=$("$bench" "$@" 2>"$work/err")
    local code=$?
    printf '%s\n' "$out"
    grep -v -e propagateSizeHints -e '^$' "$work/err" >&2
    if [ $code -ne 0 ]; then
        echo "  crossings_bench $1 failed (exit $code)" >&2
        failures=$((failures + 1))
    fi
    while IFS= read -r line; do
        missed+=("$(sed -E 's/^ +//; s/ +median.*//' <<<"$line")")
    done < <(grep MISSED <<<"$out")
}

echo "Crossings benchmark ($(date -u '+%Y-%m-%d %H:%M UTC'))"
cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
mem=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
qt=$(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null || echo unknown)
echo "  machine: ${cpu:-unknown CPU}, $(nproc) cores, $mem; $(uname -sr); Qt $qt"
echo "  binaries: $crossings, $bench"
echo "  load at start:$(uptime | sed 's/.*load average://')  (figures are pessimistic while it is above $(nproc))"
echo "  method: whole-process figures are the median of $runs runs after 3 warm-up runs (warm cache)"

if [ "$large_only" = 0 ]; then
# First run: creates and seeds the private store, fills font caches.
"$crossings" export arrivals -o "$work/warm.pdf" >/dev/null 2>&1

echo
echo "1. export, whole process (crossings export arrivals -o out.EXT)"
timed "1. export arrivals -> PDF" 150 "$runs" "$crossings" export arrivals -o "$work/out.pdf"
pdf_median=$last_median
timed "1. export arrivals -> PNG" 150 "$runs" "$crossings" export arrivals -o "$work/out.png"
timed "1. export arrivals -> SVG" 150 "$runs" "$crossings" export arrivals -o "$work/out.svg"

echo
echo "   the same chart with matplotlib (tests/bench/arrivals_matplotlib.py, data from crossings data)"
if [ -n "$python" ] && "$python" -c 'import matplotlib' 2>/dev/null; then
    "$crossings" data arrivals >"$work/arrivals.csv"
    "$crossings" data events >"$work/events.csv"
    "$crossings" data sources >"$work/sources.csv"
    mpl_runs=$((runs < 10 ? runs : 10))
    timed "1. matplotlib $("$python" -c 'import matplotlib; print(matplotlib.__version__)') -> PDF" "" \
        "$mpl_runs" "$python" "$here/arrivals_matplotlib.py" "$work/arrivals.csv" \
        "$work/events.csv" "$work/sources.csv" "$work/mpl.pdf"
    mpl_median=$last_median
    if [ -n "$pdf_median" ] && [ -n "$mpl_median" ]; then
        ratio=$(awk -v a="$pdf_median" -v b="$mpl_median" 'BEGIN { printf "%.3f", a / b }')
        report "1. Crossings PDF time / matplotlib PDF time" "$ratio" "$ratio" "$ratio" 1 0.25 x
    fi
else
    echo "  skipped: no matplotlib for $python (apt-get install --no-install-recommends python3-matplotlib)"
fi

echo
echo "2. start to the first painted chart (CROSSINGS_BENCH_FIRST_PAINT, app/benchhooks.h)"
bench_run first-paint --binary "$crossings" --runs "$runs" --platform offscreen
if [ "$xvfb" = 1 ] && command -v Xvfb >/dev/null; then
    display=99
    while [ -e "/tmp/.X$display-lock" ] || [ -e "/tmp/.X11-unix/X$display" ]; do
        display=$((display + 1))
    done
    Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
    DISPLAY=":$display" bench_run first-paint --binary "$crossings" --runs "$runs" --platform xcb
else
    echo "  (xcb under Xvfb skipped: apt-get install xvfb)"
fi

echo
echo "3. language switch of the whole window (in process)"
bench_run language --runs "$runs"

echo
echo "4. store and models (in process, a store in a temporary folder)"
bench_run store --runs "$runs"

echo
echo "5. scale: 200,000 synthetic monthly trade figures (in process, a 1000x560 chart view)"
bench_run scale --runs "$((runs * 2))"
echo "   Qt Charts' line alone, against the number of points (views/downsampler.h)"
bench_run lines --runs "$runs"

echo
echo "6. peak resident memory (/usr/bin/time)"
rss_runs=$((runs < 5 ? runs : 5))
rss "6. export arrivals -> PDF" 90 "$rss_runs" "$crossings" export arrivals -o "$work/out.pdf"
rss "6. export arrivals -> PNG" 90 "$rss_runs" "$crossings" export arrivals -o "$work/out.png"
rss "6. window to its first painted chart (offscreen)" 90 "$rss_runs" \
    env CROSSINGS_BENCH_FIRST_PAINT=1 "$crossings"
if [ -n "$xvfb_pid" ]; then
    rss "6. window to its first painted chart (xcb, Xvfb)" 90 "$rss_runs" \
        env CROSSINGS_BENCH_FIRST_PAINT=1 QT_QPA_PLATFORM=xcb DISPLAY=":$display" "$crossings"
fi

echo
echo "7. import memory: crossings import FILE --dry-run on the largest files (issue 14)"
# Budget: 16 x the file (a valid figure costs some 500 bytes as a record; the row is ~60).
mkdir -p "$work/imports"
if "$bench" import-files --dir "$work/imports"; then
    imp_runs=$((runs < 3 ? runs : 3))
    rss "7. largest valid file (16 MB, 263,878 figures)" 256 "$imp_runs" \
        "$crossings" import "$work/imports/valid-16mb.csv" --dry-run
    rss "7. 20,000 figures, a source with a 100 kB title (1.3 MB)" 90 "$imp_runs" \
        "$crossings" import "$work/imports/long-title.csv" --dry-run
    rss_ok_exit=1 rss "7. 16 MB of rows of empty fields (refused)" 256 "$imp_runs" \
        "$crossings" import "$work/imports/empty-fields-16mb.csv" --dry-run
    rss_ok_exit=1 rss "7. a header of 16 M commas (refused)" 256 "$imp_runs" \
        "$crossings" import "$work/imports/header-commas-16mb.csv" --dry-run
else
    echo "  crossings_bench import-files failed" >&2
    failures=$((failures + 1))
fi

fi # cases 1-7

# one_run WHAT COMMAND...: a single whole-process run; prints wall time and peak memory (one line).
one_run() {
    local what=$1
    shift
    local t0=$EPOCHREALTIME
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f '%M' -o "$work/one" "$@" >/dev/null 2>"$work/err"
    else
        "$@" >/dev/null 2>"$work/err"
    fi
    local code=$? t1=$EPOCHREALTIME
    if [ "$code" -ne 0 ]; then
        echo "  $what: the command failed (exit $code): $*" >&2
        head -5 "$work/err" >&2
        failures=$((failures + 1))
    fi
    local mib=
    [ -s "$work/one" ] && mib=$(grep -v '^Command exited' "$work/one" | awk '{ printf "%.0f", $1 / 1024 }')
    last_ms=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", (b - a) * 1000 }')
    last_mib=$mib
}

echo
echo "8. a large store (issue 23): the bundled data plus N synthetic monthly trade figures"
echo "   (1945-2025, the months an import accepts; crossings_bench large-store), whole process"
large_rows=${large_rows:-1000 10000 100000 1000000}
mkdir -p "$work/large"
if ! "$bench" large-store --files "$work/large" 2>"$work/err"; then
    cat "$work/err" >&2
    failures=$((failures + 1))
fi
# large_case ENGINE N: case 8 on a store of N synthetic rows, a file (sqlite) or a database of
# the throwaway cluster (postgres), removed at the end.
large_case() {
    local engine=$1 n=$2 large label="8. $2 rows"
    if [ "$engine" = sqlite ]; then
        large="$work/large/store-$n.sqlite"
    else
        label="8. team store, $n rows"
        "$pg_bin/psql" -h "$cluster" -U postgres -d postgres -qAtc "CREATE DATABASE large_$n" ||
            { failures=$((failures + 1)); return; }
        large="postgresql://postgres@/large_$n?host=$cluster"
        "$crossings" --database "$large" db init >/dev/null 2>"$work/err" ||
            { cat "$work/err" >&2; failures=$((failures + 1)); return; }
    fi
    bench_run large-store --rows "$n" --out "$large"
    # A server's statistics after a bulk load, as autovacuum would leave them.
    [ "$engine" = sqlite ] || "$pg_bin/psql" "$large" -qc "VACUUM ANALYZE" >/dev/null
    n8=$((n >= 100000 ? 3 : (runs < 5 ? runs : 5)))
    timed_warmup=1 timed "$label: data arrivals" 50 "$n8" \
        "$crossings" --database "$large" data arrivals
    timed_warmup=1 timed "$label: export arrivals -> SVG" 150 "$n8" \
        "$crossings" --database "$large" export arrivals -o "$work/large/out.svg"
    rss "$label: data arrivals, peak memory" "" 1 \
        "$crossings" --database "$large" data arrivals
    rss "$label: export arrivals -> SVG, peak memory" 90 1 \
        "$crossings" --database "$large" export arrivals -o "$work/large/out.svg"
    # The window reads the page it opens on (the arrivals), not the synthetic trade figures.
    CROSSINGS_DATABASE="$large" bench_run first-paint --binary "$crossings" --runs "$n8" \
        --platform offscreen | sed "s/^  2\./  $label:/"
    rss "$label: window to its first paint, peak memory" 120 1 \
        env CROSSINGS_BENCH_FIRST_PAINT=1 CROSSINGS_DATABASE="$large" "$crossings"
    # The trade (the synthetic figures' dataset): a figure reads the periods of its figures,
    # then those of the years it shows (2019-2021), not the whole dataset. No budget in issue
    # 23; measured so that its growth shows.
    timed_warmup=1 timed "$label: export trade -> SVG" "" "$n8" \
        "$crossings" --database "$large" export trade -o "$work/large/trade.svg"
    rss "$label: export trade -> SVG, peak memory" "" 1 \
        "$crossings" --database "$large" export trade -o "$work/large/trade.svg"
    mkdir -p "$work/trade-config/Crossings"
    printf '[window]\npage=1\n' >"$work/trade-config/Crossings/Crossings.conf"
    XDG_CONFIG_HOME="$work/trade-config" CROSSINGS_DATABASE="$large" bench_run first-paint \
        --binary "$crossings" --runs "$n8" --platform offscreen --budget -1 |
        sed "s/^  2\. start to first painted chart/  $label: trade page, first paint/"
    rss "$label: window opening on the trade page, peak memory" "" 1 \
        env XDG_CONFIG_HOME="$work/trade-config" CROSSINGS_BENCH_FIRST_PAINT=1 \
        CROSSINGS_DATABASE="$large" "$crossings"
    : >"$work/imp" && : >"$work/undo"
    for ((i = 0; i < n8; i++)); do
        one_run "8. import ten.csv" "$crossings" --database "$large" import "$work/large/ten.csv"
        echo "$last_ms" >>"$work/imp"
        one_run "8. import --undo" "$crossings" --database "$large" import --undo
        echo "$last_ms" >>"$work/undo"
    done
    read -r median lo hi count < <(stats <"$work/imp")
    report "$label: import of 10 rows" "$median" "$lo" "$hi" "$count" 500
    read -r median lo hi count < <(stats <"$work/undo")
    report "$label: undo of that import" "$median" "$lo" "$hi" "$count"
    one_run "8. import quarter.csv" "$crossings" --database "$large" import "$work/large/quarter.csv"
    report "$label: import of 250,000 rows (15 MB)" "$last_ms" "$last_ms" "$last_ms" 1 8000
    [ -n "$last_mib" ] && report "$label: ... its peak memory" "$last_mib" "$last_mib" \
        "$last_mib" 1 "$((10 * $(stat -c %s "$work/large/quarter.csv") / 1048576))" MiB
    one_run "8. import --undo" "$crossings" --database "$large" import --undo
    report "$label: undo of the 250,000 rows" "$last_ms" "$last_ms" "$last_ms" 1
    if [ "$engine" = sqlite ]; then
        rm -f "$large"
    else
        "$pg_bin/psql" -h "$cluster" -U postgres -d postgres -qAtc "DROP DATABASE large_$n"
    fi
}

for n in $large_rows; do
    large_case sqlite "$n"
done
if [ "$postgres" = 1 ]; then
    echo
    echo "8. the same on a team store (PostgreSQL, a throwaway cluster on a Unix socket, fsync off)"
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    cluster=$(mktemp -d /tmp/crossings-bench-pg.XXXXXX)
    if [ -z "$pg_bin" ] || ! uri=$(bash "$root/tests/postgres/cluster.sh" start "$cluster"); then
        echo "  skipped: no PostgreSQL server (apt-get install postgresql libqt6sql6-psql)" >&2
        failures=$((failures + 1))
    else
        # The floor of any command on a server: a bare libpq client logging in and asking once.
        echo "SELECT 1;" >"$work/one.sql" # a file: timed's commands are words without spaces
        timed_warmup=1 timed "8. team store: a bare client, psql: SELECT 1" "" 10 \
            "$pg_bin/psql" "$uri" -qAt -f "$work/one.sql"
        for n in $large_rows; do
            large_case postgres "$n"
        done
    fi
fi

echo
echo "  load at end:$(uptime | sed 's/.*load average://')"
if [ ${#missed[@]} -eq 0 ]; then
    echo "All budgets met."
else
    echo "Budgets missed (${#missed[@]}):"
    printf '  - %s\n' "${missed[@]}"
fi
[ "$failures" -eq 0 ] || { echo "$failures measurement(s) could not run." >&2; exit 1; }
exit 0
