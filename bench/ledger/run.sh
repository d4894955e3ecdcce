#!/usr/bin/env bash
# Benchmarks an initiative's ledger page (/ledger/initiatives/{id}) with 1,000,000 contributions on PostgreSQL
# (target: under 100 ms median). Needs: target/cocrea.jar (mvn -B -q package -DskipTests), psql, curl, and a
# PostgreSQL server reachable as PGHOST/PGUSER (default 127.0.0.1/postgres). Prints the median and 90th percentile
# time to last byte (server time on localhost) over N requests after a warm-up, and the same for the streamed CSV
# of all entries once; record the figures in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${BENCH_DB:-cocrea_bench_ledger}
PORT=${BENCH_PORT:-18094}
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
psql -q -v ON_ERROR_STOP=1 -d "$DB" -f bench/ledger/generate.sql
INITIATIVE=$(psql -At -d "$DB" -c "SELECT MIN(id) FROM initiative")
ENTRIES=$(psql -At -d "$DB" -c "SELECT COUNT(*) FROM ledger_entry")
TOTALS=$(psql -At -d "$DB" -c "SELECT COUNT(*) FROM ledger_total")
URL="http://localhost:$PORT/ledger/initiatives/$INITIATIVE"

[ "$ENTRIES" = 1000000 ] || { echo "the ledger holds $ENTRIES entries, not 1000000" >&2; exit 1; }
curl -sf "$URL" | grep -q 'id="by-side"' || { echo "the ledger page shows no totals" >&2; exit 1; }
echo "entries: $ENTRIES, totals: $TOTALS, page size: $(curl -s "$URL" | wc -c) bytes"
for _ in $(seq 1 50); do curl -s -o /dev/null "$URL"; done
for _ in $(seq 1 "$N"); do curl -s -o /dev/null -w '%{time_total}\n' "$URL"; done | sort -n | awk -v path="$URL" '
    { t[NR] = $1 * 1000 } END { printf "%s  median %6.1f ms   p90 %6.1f ms   (n=%d)\n", path, t[int((NR + 1) / 2)], t[int(NR * 0.9)], NR }'
curl -s -o target/bench-ledger.csv -w "$URL/entries.csv  first byte %{time_starttransfer} s, all %{time_total} s, %{size_download} bytes\n" "$URL/entries.csv"
echo "CSV rows: $(($(wc -l < target/bench-ledger.csv) - 1))"
