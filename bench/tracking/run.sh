#!/usr/bin/env bash
# Benchmarks the organisation-wide tracking page (/tracking, "what happened to what we voted") with 2,000 tracked
# projects of public initiatives on PostgreSQL (target: under 100 ms median), and its filtered and last pages.
# Needs: target/cocrea.jar (mvn -B -q package -DskipTests), psql, curl, and a PostgreSQL server reachable as
# PGHOST/PGUSER (default 127.0.0.1/postgres). Prints the median and 90th percentile time to last byte (server time
# on localhost) over N requests after a warm-up; record the figures in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${BENCH_DB:-cocrea_bench_tracking}
PORT=${BENCH_PORT:-18097}
N=${BENCH_REQUESTS:-200}
. bench/lib.sh
bench_start "$DB" "$PORT" 512m
psql -q -v ON_ERROR_STOP=1 -d "$DB" -f bench/tracking/generate.sql
BASE="http://localhost:$PORT/tracking"

FOUND=$(curl -sf "$BASE" | grep -c 'class="card tracking-result"')
[ "$FOUND" = 20 ] || { echo "the page lists $FOUND results, not 20" >&2; exit 1; }
ROWS=$(curl -sf "$BASE/export.csv" | wc -l)
[ "$ROWS" = 2001 ] || { echo "the export holds $ROWS lines, not 2,000 results and a header" >&2; exit 1; }
echo "public results: $((ROWS - 1)) (the group initiatives' 500 left out)"
INITIATIVE=$(psql -At -d "$DB" -c "SELECT MIN(id) FROM initiative")
for path in "" "?status=in-progress" "?page=100" "?status=completed&initiative=$INITIATIVE"; do
    URL="$BASE$path"
    bench_time "$URL" "$N" 50
done
URL="$BASE/export.csv"
bench_time "$URL" 20 0
