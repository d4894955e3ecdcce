#!/usr/bin/env bash
# Issue 16, in the app: a vote is answered fast while opinion maps are recomputed in the background, and the map
# follows the votes within 5 s. Serves the demo on PostgreSQL, has the demo's members vote (and change their votes)
# on the bicycle routes' conversation through the HTTP load driver, and meanwhile samples every 0.5 s how old the
# stored map is (now - computed_at) and how many votes it counted. Prints the driver's vote latencies (p50, p95,
# p99, throughput) and the oldest the map got during the load; record the figures in docs/benchmarks.md.
# Needs: target/cocrea.jar (mvn -B -q package -DskipTests), psql, curl, and PostgreSQL as PGHOST/PGUSER.
#   bench/opinions-app/run.sh [USERS] [SECONDS]      # defaults: 8 users, 20 s per phase
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${BENCH_DB:-cocrea_bench_opinions}; PORT=${BENCH_PORT:-18086}; USERS=${1:-8}; SECONDS_PER_PHASE=${2:-20}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
q() { psql -q -tA -d "$DB" -c "$1"; }

psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
java -Xmx512m -jar target/cocrea.jar --server.port="$PORT" --cocrea.demo=true \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$DB" --spring.datasource.username="$PGUSER" \
    --cocrea.data-dir=target/bench-opinions --logging.file.name=target/bench-opinions/bench.log \
    > target/bench-opinions.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null; do sleep 1; done
until [ "$(q "SELECT COUNT(*) FROM opinion_conversation WHERE computed_at IS NOT NULL")" -ge 1 ] 2>/dev/null; do sleep 1; done

ID=$(q "SELECT t.id FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
        WHERE i.title = 'Percorsi ciclabili del quartiere' AND t.tool_id = 'opinions'")
STATEMENTS=$(q "SELECT id FROM opinion_statement WHERE tool_instance_id = $ID AND status = 'published'" | paste -sd, -)
# The members of the initiative vote (citizen: member; parks officer: facilitator); each vote changes one.
( while kill -0 $APP 2>/dev/null; do
    q "SELECT ROUND(EXTRACT(EPOCH FROM (CURRENT_TIMESTAMP - computed_at))::numeric, 2), votes_counted, stale
       FROM opinion_conversation WHERE tool_instance_id = $ID"
    sleep 0.5
  done ) > target/bench-opinions-lag.txt &
SAMPLER=$!
trap 'kill $APP $SAMPLER 2>/dev/null || true' EXIT
java bench/http/LoadDriver.java --base "http://127.0.0.1:$PORT" --users "$USERS" --seconds "$SECONDS_PER_PHASE" \
    --accounts citizen@example.org,parks.officer@example.org --password cocrea-demo \
    --ids "s=$STATEMENTS" \
    --mix "vote=POST /opinions/$ID/votes?statement={s}&choice=agree:1,change=POST /opinions/$ID/votes?statement={s}&choice=disagree:1"
kill $SAMPLER 2>/dev/null || true
echo
# Only samples while votes keep coming (stale = t after a stale sample): between phases nobody votes and the map just
# ages, so the first sample of each phase shows that idle time, not a delay.
echo "Age of the stored map while votes keep coming (s): samples, max, median:"
awk -F'|' '$3 == "t" && prev == "t" { print $1 } { prev = $3 }' target/bench-opinions-lag.txt | sort -n \
    | awk '{ a[NR] = $1 } END { print NR, a[NR], a[int((NR + 1) / 2)] }'
