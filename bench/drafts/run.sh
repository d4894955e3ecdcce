#!/usr/bin/env bash
# Benchmarks the shared drafts' pages on a draft of 200 paragraphs, 20 versions and 2,000 amendments
# (bench/drafts/generate.sql in the demo's school drafts instance), signed in as the demo teacher (its facilitator).
# Needs: target/cocrea.jar (mvn -B -q package -DskipTests), psql, curl, and a PostgreSQL server reachable as
# PGHOST/PGUSER (default 127.0.0.1/postgres). Prints median and 90th percentile time to first byte (server time
# on localhost) over N requests after a warm-up; record the figures in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${BENCH_DB:-cocrea_bench_drafts}
PORT=${BENCH_PORT:-18083}
N=${BENCH_REQUESTS:-200}
JAR=${BENCH_JAR:-target/cocrea.jar}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
BASE="http://127.0.0.1:$PORT"
JAR_COOKIES=$(mktemp)

psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
java -Xmx512m -jar "$JAR" --server.port="$PORT" --cocrea.demo=true \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$DB" --spring.datasource.username="$PGUSER" \
    --cocrea.data-dir=target/bench-drafts --logging.file.name=target/bench-drafts/bench.log > target/bench-drafts-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; rm -f "$JAR_COOKIES"' EXIT
for _ in $(seq 1 240); do curl -sf "$BASE/actuator/health" > /dev/null && break; sleep 1; done
# The demo is seeded after start-up: wait for the school's drafts instance.
for _ in $(seq 1 120); do
    [ "$(psql -tA -d "$DB" -c "SELECT COUNT(*) FROM draft_document" 2>/dev/null || echo 0)" -gt 0 ] && break; sleep 1
done
psql -q -v ON_ERROR_STOP=1 -d "$DB" -f bench/drafts/generate.sql

TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "email=teacher@example.org" \
    --data-urlencode "password=cocrea-demo" --data-urlencode "_csrf=$TOKEN" "$BASE/login"

id_of() {
    psql -tA -d "$DB" -c "$1"
}
INSTANCE=$(id_of "SELECT tool_instance_id FROM draft_document WHERE title = 'Regolamento lungo (benchmark)'")
DOC=$(id_of "SELECT id FROM draft_document WHERE title = 'Regolamento lungo (benchmark)'")
AMENDMENT=$(id_of "SELECT MAX(id) FROM draft_amendment WHERE document_id = $DOC")

measure() {
    local path=$1
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" "$BASE$path")
    [ "$status" = 200 ] || { echo "$path answered $status" >&2; exit 1; }
    for _ in $(seq 1 50); do curl -s -o /dev/null -b "$JAR_COOKIES" "$BASE$path"; done
    for _ in $(seq 1 "$N"); do curl -s -o /dev/null -b "$JAR_COOKIES" -w '%{time_starttransfer}\n' "$BASE$path"; done \
        | sort -n | awk -v path="$path" '{ t[NR] = $1 * 1000 } END {
            printf "%-50s median %6.1f ms   p90 %6.1f ms   (n=%d)\n", path, t[int((NR + 1) / 2)], t[int(NR * 0.9)], NR }'
}

measure "/drafts/$INSTANCE/$DOC"
measure "/drafts/$INSTANCE/$DOC?status=open&page=50"
measure "/drafts/$INSTANCE/$DOC/compare?from=1&to=20"
measure "/drafts/$INSTANCE/$DOC/versions/20"
measure "/drafts/$INSTANCE/$DOC/versions"
measure "/drafts/$INSTANCE/$DOC/amendments/$AMENDMENT"
