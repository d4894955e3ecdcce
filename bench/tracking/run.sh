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
JAR=${BENCH_JAR:-target/cocrea.jar}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}

psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
java -Xmx512m -jar "$JAR" --server.port="$PORT" --cocrea.demo=false \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$DB" --spring.datasource.username="$PGUSER" \
    --cocrea.data-dir=target/bench-data --logging.file.name=target/bench-data/bench.log > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do sleep 1; done
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
    for _ in $(seq 1 50); do curl -s -o /dev/null "$URL"; done
    for _ in $(seq 1 "$N"); do curl -s -o /dev/null -w '%{time_total}\n' "$URL"; done | sort -n | awk -v path="$URL" '
        { t[NR] = $1 * 1000 } END { printf "%s  median %6.1f ms   p90 %6.1f ms   (n=%d)\n", path, t[int((NR + 1) / 2)], t[int(NR * 0.9)], NR }'
done
URL="$BASE/export.csv"
for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' "$URL"; done | sort -n | awk -v path="$URL" '
    { t[NR] = $1 * 1000 } END { printf "%s  median %6.1f ms   p90 %6.1f ms   (n=%d)\n", path, t[int((NR + 1) / 2)], t[int(NR * 0.9)], NR }'
