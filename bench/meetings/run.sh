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
. bench/lib.sh
bench_start "$DB" "$PORT" 512m
psql -q -v ON_ERROR_STOP=1 -d "$DB" -f bench/meetings/generate.sql
INITIATIVE=$(psql -At -d "$DB" -c "SELECT MIN(id) FROM initiative")
URL="http://localhost:$PORT/meetings/initiative/$INITIATIVE/calendar.ics"

EVENTS=$(curl -sf "$URL" | grep -c '^BEGIN:VEVENT')
[ "$EVENTS" = 1000 ] || { echo "the feed holds $EVENTS events, not 1000" >&2; exit 1; }
echo "feed size: $(curl -s "$URL" | wc -c) bytes, $EVENTS events"
bench_time "$URL" "$N" 50
