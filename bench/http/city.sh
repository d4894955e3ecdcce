#!/usr/bin/env bash
# Load benchmark on city-scale data (issue 6). Generates the city once into a PostgreSQL database, serves it,
# and runs the HTTP load driver over the traffic mix. Usage (after `mvn -B -q package -DskipTests`):
#   bench/http/city.sh [USERS] [SECONDS]            # defaults: 50 users, 20 s per phase
# Environment: DB (default cocrea_city), PORT (8090), SKIP_GENERATE=1 to reuse the database as it is,
# GENERATE_ONLY=1 to stop after generating, THINK_SECONDS (60): length of the think-time phase, THINK_MS (1000): mean pause between a user's requests in the last phase (0 leaves that phase out).
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${DB:-cocrea_city}; PORT=${PORT:-8090}; USERS=${1:-50}; SECONDS_PER_PHASE=${2:-20}
URL="jdbc:postgresql://127.0.0.1:5432/$DB"
psql() { command psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "$1"; }

if [ -z "${SKIP_GENERATE:-}" ]; then
  command psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
    || createdb -h 127.0.0.1 -U postgres "$DB"
  /usr/bin/time -f "demo-data city: %e s wall, %M KB max RSS" java -jar target/cocrea.jar demo-data --scale city \
    --spring.datasource.url="$URL?reWriteBatchedInserts=true" --spring.datasource.username=postgres --cocrea.demo=true
fi
[ -n "${GENERATE_ONLY:-}" ] && exit 0

java -Xmx1g -jar target/cocrea.jar --server.port="$PORT" --spring.datasource.url="$URL" \
  --spring.datasource.username=postgres --cocrea.data-dir=target/bench-city > target/bench-city.log 2>&1 &
SERVER=$!
trap 'kill $SERVER' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null; do sleep 1; done

generated="SELECT id FROM organisation WHERE name LIKE 'Comune di %' AND name <> 'Comune di Esempio'"
ids() { psql "$1" | paste -sd, -; }
INITIATIVES=$(ids "SELECT id FROM initiative WHERE level = 'collective' AND organisation_id IN ($generated) ORDER BY id")
PETITIONS=$(ids "SELECT id FROM petition WHERE organisation_id IN ($generated) ORDER BY id LIMIT 5000")
BUDGETS=$(ids "SELECT t.id FROM budget b JOIN tool_instance t ON t.id = b.tool_instance_id ORDER BY t.id")
BUDGET_INITIATIVES=$(ids "SELECT t.initiative_id FROM budget b JOIN tool_instance t ON t.id = b.tool_instance_id ORDER BY t.id")
CHEAPEST=$(ids "SELECT (SELECT p.id FROM budget_project p WHERE p.budget_id = b.id ORDER BY p.cost_cents, p.id LIMIT 1)
  FROM budget b JOIN tool_instance t ON t.id = b.tool_instance_id ORDER BY t.id")

# Virtual users are generated citizens, each the citizen of one generated individual plan (which they open and
# write diary entries in) and without a ballot from generation, so each one's ballot is its own: the first is
# stored, the repeats are answered as identical re-sends (same checks, nothing stored twice).
USERS_SQL="SELECT DISTINCT ON (m.person_id) m.person_id, u.email, pl.id AS plan, ac.id AS actions
  FROM initiative_member m JOIN app_user u ON u.id = m.person_id
  JOIN tool_instance pl ON pl.initiative_id = m.initiative_id AND pl.tool_id = 'plan'
  JOIN tool_instance ac ON ac.initiative_id = m.initiative_id AND ac.tool_id = 'actions'
  WHERE m.role = 'citizen' AND u.email LIKE 'p%@demo.cocrea.example'
    AND m.person_id NOT IN (SELECT voter_id FROM budget_ballot)
  ORDER BY m.person_id, pl.id"
column() { ids "SELECT $1 FROM ($USERS_SQL) v ORDER BY person_id LIMIT $USERS"; }
ACCOUNTS=$(column email); PLANS=$(column plan); ACTIONS=$(column actions)
TODAY=$(date -u +%F)
DIARY_BEFORE=$(psql "SELECT COUNT(*) FROM plan_diary")
java bench/http/LoadDriver.java --base "http://127.0.0.1:$PORT" --users "$USERS" --seconds "$SECONDS_PER_PHASE" \
  --warmup 15 --think "${THINK_MS:-1000}" --think-seconds "${THINK_SECONDS:-60}" --accounts "$ACCOUNTS" --password cocrea-generated \
  --ids "initiative=$INITIATIVES;petition=$PETITIONS;budget=$BUDGETS;binit=$BUDGET_INITIATIVES;project=$CHEAPEST;plan=$PLANS;actions=$ACTIONS" \
  --setup "POST /initiatives/{binit@u}/join" \
  --mix "browse=/initiatives:3,open-initiative=/initiatives/{initiative}:3,petitions=/petitions:2,open-petition=/petitions/{petition}:2,open-budget=/budget/{budget@u}:2,open-plan=/plans/{plan@u}:2,support=POST /petitions/{petition}/support:1,ballot=POST /budget/{budget@u}/ballot?projects={project@u}:1,diary=POST /plans/actions/{actions@u}/diary?doneOn=$TODAY&what=Spesa+accompagnata+dal+volontario&minutes=30:1"
echo "diary entries stored during the run: $(( $(psql "SELECT COUNT(*) FROM plan_diary") - DIARY_BEFORE ))"
