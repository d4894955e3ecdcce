#!/usr/bin/env bash
# Benchmarks the survey tool on PostgreSQL with the server's heap capped at 256 MB: the CSV and JSON export of a
# survey with 250,000 answers (target: under 10 s, streamed) and the results page of a survey with 50,000 responses
# (target: under 200 ms median). Needs: target/cocrea.jar (mvn -B -q package -DskipTests), psql, curl, and a
# PostgreSQL server reachable as PGHOST/PGUSER (default 127.0.0.1/postgres). Record the figures in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${BENCH_DB:-cocrea_bench_survey}
PORT=${BENCH_PORT:-18095}
N=${BENCH_REQUESTS:-100}
. bench/lib.sh
bench_start "$DB" "$PORT" 256m
psql -q -v ON_ERROR_STOP=1 -d "$DB" -f bench/survey/generate.sql
EXPORT=$(psql -At -d "$DB" -c "SELECT tool_instance_id FROM survey WHERE title = 'Export'")
RESULTS=$(psql -At -d "$DB" -c "SELECT tool_instance_id FROM survey WHERE title = 'Results'")
echo "answers in the export survey: $(psql -At -d "$DB" -c "SELECT COUNT(*) FROM survey_answer WHERE tool_instance_id = $EXPORT")"
echo "responses in the results survey: $(psql -At -d "$DB" -c "SELECT COUNT(*) FROM survey_response WHERE tool_instance_id = $RESULTS")"

for FORMAT in csv json; do
    URL="http://localhost:$PORT/survey/$EXPORT/export.$FORMAT"
    for RUN in 1 2 3; do
        curl -sf -o target/bench-survey.$FORMAT -w "export.$FORMAT run $RUN: %{time_total} s, %{size_download} bytes\n" "$URL"
    done
done
ROWS=$(($(wc -l < target/bench-survey.csv) - 1))
[ "$ROWS" = 25000 ] || { echo "the CSV holds $ROWS responses, not 25000" >&2; exit 1; }
kill -0 $APP || { echo "the server died (out of memory?)" >&2; exit 1; }

URL="http://localhost:$PORT/survey/$RESULTS/results"
curl -sf -o target/bench-survey-results.html "$URL"
grep -q 'Net Promoter Score' target/bench-survey-results.html || { echo "no results on the page" >&2; exit 1; }
bench_time "$URL" "$N" 30
