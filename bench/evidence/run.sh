#!/usr/bin/env bash
# Benchmarks the evidence portfolio (/evidence, issue 18) over the city data set on PostgreSQL (target: under 200 ms
# median; every page within the 20-statement budget). Generates the city with the demo-data generator (initiatives in
# the twelve cells with their indicators, surveys, quick ratings, contributions and the plans' outcomes, all taken into
# the evidence tables) into its own database, serves it, signs in as a generated professional (a manager: the public
# initiatives and their organisation's), and times the unfiltered portfolio, a cell filter and a factor filter: N
# requests each after a warm-up, median and 95th percentile of the time to last byte (server time on localhost). Then
# serves it again with the JDBC statements logged and counts the statements of one request of each page.
# Needs: target/cocrea.jar (mvn -B -q package -DskipTests), psql, curl, and a PostgreSQL server reachable as
# PGHOST/PGUSER (default 127.0.0.1/postgres). Settings: BENCH_DB (cocrea_bench_evidence), BENCH_PORT (18099),
# BENCH_REQUESTS (200), BENCH_WARMUP (30), BENCH_SCALE (city; small for a quick try), SKIP_GENERATE=1 to reuse the database as it is.
# Record the figures in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${BENCH_DB:-cocrea_bench_evidence}
PORT=${BENCH_PORT:-18099}
N=${BENCH_REQUESTS:-200}
WARMUP=${BENCH_WARMUP:-30}
SCALE=${BENCH_SCALE:-city}
. bench/lib.sh
BASE="http://localhost:$PORT"
COOKIES=$(mktemp)
mkdir -p target/bench-data

if [ -z "${SKIP_GENERATE:-}" ]; then
    psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
    START=$(date +%s)
    java -Xmx1g -jar "$JAR" demo-data --scale "$SCALE" --cocrea.demo=false --cocrea.data-dir=target/bench-data \
        --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$DB?reWriteBatchedInserts=true" \
        --spring.datasource.username="$PGUSER" > target/bench-evidence-generate.log 2>&1 \
        || { echo "the generator failed: see target/bench-evidence-generate.log" >&2; exit 1; }
    GENERATED_IN=$(($(date +%s) - START))
    echo "generated $SCALE in $GENERATED_IN s"
fi
q() { psql -At -d "$DB" -c "$1"; }
echo "evidence rows: readings $(q 'SELECT COUNT(*) FROM evidence_reading'), contributions $(q 'SELECT COUNT(*) FROM evidence_contribution')," \
    "responses $(q 'SELECT COUNT(*) FROM evidence_response') with $(q 'SELECT COUNT(*) FROM evidence_scale') scale answers," \
    "ratings $(q 'SELECT COUNT(*) FROM evidence_rating'), plan outcomes $(q 'SELECT COUNT(*) FROM evidence_outcome');" \
    "initiatives $(q 'SELECT COUNT(*) FROM initiative')"
# The manager: the first generated professional (organisation of professional 0).
MANAGER=$(q "SELECT email FROM app_user WHERE kind = 'professional' AND email LIKE '%@demo.cocrea.example' ORDER BY email LIMIT 1")
PAGES=("/evidence" "/evidence?cell=collective:co-assessment" "/evidence?factor=compatibility:high")

sign_in() {
    rm -f "$COOKIES"
    local token
    token=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
        | sed 's/.*value="//; s/"$//')
    curl -s -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "email=$MANAGER" \
        --data-urlencode "password=cocrea-generated" --data-urlencode "_csrf=$token" "$BASE/login"
    curl -sf -b "$COOKIES" -o target/bench-evidence.html "$BASE/evidence" \
        || { echo "the portfolio did not answer 200 for $MANAGER" >&2; exit 1; }
    grep -o 'id="evidence-count">[^<]*' target/bench-evidence.html | sed 's/.*>/portfolio: /'
}

# measure PATH: WARMUP requests, then N timed ones; prints median and 95th percentile.
measure() {
    local path=$1
    for _ in $(seq 1 "$WARMUP"); do curl -sf -o /dev/null -b "$COOKIES" "$BASE$path"; done
    for _ in $(seq 1 "$N"); do curl -sf -o /dev/null -b "$COOKIES" -w '%{time_total}\n' "$BASE$path"; done \
        | sort -n | awk -v path="$path" '{ t[NR] = $1 * 1000 } END {
            printf "%-42s median %6.1f ms   p95 %6.1f ms   (n=%d)\n", path, t[int((NR + 1) / 2)], t[int(NR * 0.95)], NR }'
}

bench_serve "$DB" "$PORT" 512m
sign_in
RESULTS=()
for path in "${PAGES[@]}"; do
    line=$(measure "$path")
    echo "$line"
    RESULTS+=("$(echo "$line" | awk '{ print $1 " " $3 "/" $6 " ms" }')")
done
kill $APP; wait $APP 2> /dev/null || true

# The statements of one request of each page: every JDBC statement goes through Spring's JdbcTemplate (JdbcClient,
# the session store, the event publication log), which logs it at DEBUG with the request's thread.
LOG=target/bench-data/bench.log
bench_serve "$DB" "$PORT" 512m --logging.level.org.springframework.jdbc.core.JdbcTemplate=DEBUG
sign_in > /dev/null
COUNTS=()
for path in "${PAGES[@]}"; do
    curl -sf -o /dev/null -b "$COOKIES" "$BASE$path"
    sleep 1
    before=$(grep -c "exec-.*Executing.*\\[" "$LOG" || true)
    curl -sf -o /dev/null -b "$COOKIES" "$BASE$path"
    sleep 1
    after=$(grep -c "exec-.*Executing.*\\[" "$LOG" || true)
    echo "$path: $((after - before)) SQL statements"
    COUNTS+=("$((after - before))")
done
rm -f "$COOKIES"
echo "SUMMARY evidence portfolio, $SCALE scale, PostgreSQL, median/p95: ${RESULTS[0]}; ${RESULTS[1]}; ${RESULTS[2]};" \
    "statements ${COUNTS[0]}/${COUNTS[1]}/${COUNTS[2]} (budget 20); load $(cut -d' ' -f1-3 /proc/loadavg)"
