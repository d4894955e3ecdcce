#!/usr/bin/env bash
# Benchmarks the map tool on PostgreSQL with a map of 5,000 features (issue 15: "a map with 5,000 features opens
# under 200 ms and downloads as GeoJSON streaming"). Needs: target/cocrea.jar (mvn -B -q package -DskipTests), psql,
# curl, and a PostgreSQL server reachable as PGHOST/PGUSER (default 127.0.0.1/postgres). Prints the median and 90th
# percentile time to first byte and to the last byte over N anonymous requests after a warm-up, and the download's
# size; record the figures in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${BENCH_DB:-cocrea_bench_map}
PORT=${BENCH_PORT:-18084}
N=${BENCH_REQUESTS:-100}
. bench/lib.sh
bench_start "$DB" "$PORT" 512m
psql -q -v ON_ERROR_STOP=1 -d "$DB" -f bench/map/generate.sql
MAP=$(psql -qtA -d "$DB" -c "SELECT id FROM tool_instance WHERE tool_id = 'map'")

# measure PATH: time to first byte (server time) and total time, median and p90.
measure() {
    local path=$1 code
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT$path")
    [ "$code" = 200 ] || { echo "$path answered $code, not 200" >&2; exit 1; }
    for _ in $(seq 1 30); do curl -s -o /dev/null "http://localhost:$PORT$path"; done
    for _ in $(seq 1 "$N"); do
        curl -s -o /dev/null -w '%{time_starttransfer} %{time_total} %{size_download}\n' "http://localhost:$PORT$path"
    done | sort -n | awk -v path="$path" '{ f[NR] = $1 * 1000; t[NR] = $2 * 1000; s = $3 } END {
            n = asort(t); printf "%-40s first byte median %6.1f ms p90 %6.1f ms | whole median %6.1f ms p90 %6.1f ms | %d bytes (n=%d)\n",
            path, f[int((NR + 1) / 2)], f[int(NR * 0.9)], t[int((n + 1) / 2)], t[int(n * 0.9)], s, NR }'
}

measure "/map/$MAP"
measure "/map/$MAP?page=100"
measure "/map/$MAP/export.geojson"
