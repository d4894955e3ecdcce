#!/usr/bin/env bash
# Benchmarks an initiative's iCalendar feed (/meetings/initiative/{id}/calendar.ics) with 1,000 meetings on
# PostgreSQL (target: under 100 ms median). Needs: target/cocrea.jar (mvn -B -q package -DskipTests), psql, curl,
# and a PostgreSQL server reachable as PGHOST/PGUSER (default 127.0.0.1/postgres). Prints the median and 90th
# percentile time to last byte (server time on localhost) over N requests after a warm-up; record the figures in
# docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${BENCH_DB:-cocrea_bench_meetings}
PORT=${BENCH_PORT:-18093}
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
psql -q -v ON_ERROR_STOP=1 -d "$DB" -f bench/meetings/generate.sql
INITIATIVE=$(psql -At -d "$DB" -c "SELECT MIN(id) FROM initiative")
URL="http://localhost:$PORT/meetings/initiative/$INITIATIVE/calendar.ics"

EVENTS=$(curl -sf "$URL" | grep -c '^BEGIN:VEVENT')
[ "$EVENTS" = 1000 ] || { echo "the feed holds $EVENTS events, not 1000" >&2; exit 1; }
echo "feed size: $(curl -s "$URL" | wc -c) bytes, $EVENTS events"
for _ in $(seq 1 50); do curl -s -o /dev/null "$URL"; done
for _ in $(seq 1 "$N"); do curl -s -o /dev/null -w '%{time_total}\n' "$URL"; done | sort -n | awk -v path="$URL" '
    { t[NR] = $1 * 1000 } END { printf "%s  median %6.1f ms   p90 %6.1f ms   (n=%d)\n", path, t[int((NR + 1) / 2)], t[int(NR * 0.9)], NR }'
