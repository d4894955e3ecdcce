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
. bench/lib.sh
bench_start "$DB" "$PORT" 512m
psql -q -v ON_ERROR_STOP=1 -d "$DB" -f bench/ledger/generate.sql
INITIATIVE=$(psql -At -d "$DB" -c "SELECT MIN(id) FROM initiative")
ENTRIES=$(psql -At -d "$DB" -c "SELECT COUNT(*) FROM ledger_entry")
TOTALS=$(psql -At -d "$DB" -c "SELECT COUNT(*) FROM ledger_total")
URL="http://localhost:$PORT/ledger/initiatives/$INITIATIVE"

[ "$ENTRIES" = 1000000 ] || { echo "the ledger holds $ENTRIES entries, not 1000000" >&2; exit 1; }
curl -sf "$URL" | grep -q 'id="by-side"' || { echo "the ledger page shows no totals" >&2; exit 1; }
echo "entries: $ENTRIES, totals: $TOTALS, page size: $(curl -s "$URL" | wc -c) bytes"
bench_time "$URL" "$N" 50
curl -s -o target/bench-ledger.csv -w "$URL/entries.csv  first byte %{time_starttransfer} s, all %{time_total} s, %{size_download} bytes\n" "$URL/entries.csv"
echo "CSV rows: $(($(wc -l < target/bench-ledger.csv) - 1))"
