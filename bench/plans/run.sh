#!/usr/bin/env bash
# Benchmarks the individual plan's pages with five years of history: 200 versions, 2,000 diary entries, 100
# outcome-ladder readings (bench/plans/generate.sql on the demo plan), signed in as the demo citizen.
# Needs: target/cocrea.jar (mvn -B -q package -DskipTests), psql, curl, and a PostgreSQL server reachable as
# PGHOST/PGUSER (default 127.0.0.1/postgres). Prints median and 90th percentile time to first byte (server time
# on localhost) over N requests after a warm-up; record the figures in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${BENCH_DB:-cocrea_bench_plans}
PORT=${BENCH_PORT:-18082}
N=${BENCH_REQUESTS:-200}
JAR=${BENCH_JAR:-target/cocrea.jar}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
BASE="http://127.0.0.1:$PORT"
JAR_COOKIES=$(mktemp)

psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
java -Xmx512m -jar "$JAR" --server.port="$PORT" --cocrea.demo=true \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$DB" --spring.datasource.username="$PGUSER" \
    --cocrea.data-dir=target/bench-plans --logging.file.name=target/bench-plans/bench.log > target/bench-plans-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; rm -f "$JAR_COOKIES"' EXIT
for _ in $(seq 1 180); do curl -sf "$BASE/actuator/health" > /dev/null && break; sleep 1; done
psql -q -v ON_ERROR_STOP=1 -d "$DB" -f bench/plans/generate.sql

# Sign in as the demo citizen (form login with the CSRF token of the login page).
TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "email=citizen@example.org" \
    --data-urlencode "password=cocrea-demo" --data-urlencode "_csrf=$TOKEN" "$BASE/login"

id_of() {
    psql -tA -d "$DB" -c "$1"
}
PLAN=$(id_of "SELECT MIN(t.id) FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id WHERE t.tool_id = 'plan' AND i.title = 'Piano personale di salute: il piano'")
ACTIONS=$(id_of "SELECT MIN(id) FROM tool_instance WHERE tool_id = 'actions'")
LADDER=$(id_of "SELECT MIN(id) FROM tool_instance WHERE tool_id = 'ladder'")

measure() {
    local path=$1
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" "$BASE$path")
    [ "$status" = 200 ] || { echo "$path answered $status" >&2; exit 1; }
    for _ in $(seq 1 50); do curl -s -o /dev/null -b "$JAR_COOKIES" "$BASE$path"; done
    for _ in $(seq 1 "$N"); do curl -s -o /dev/null -b "$JAR_COOKIES" -w '%{time_starttransfer}\n' "$BASE$path"; done \
        | sort -n | awk -v path="$path" '{ t[NR] = $1 * 1000 } END {
            printf "%-40s median %6.1f ms   p90 %6.1f ms   (n=%d)\n", path, t[int((NR + 1) / 2)], t[int(NR * 0.9)], NR }'
}

measure "/plans/$PLAN"
measure "/plans/$PLAN/history"
measure "/plans/$PLAN/versions/200"
measure "/plans/actions/$ACTIONS"
measure "/plans/ladder/$LADDER"
