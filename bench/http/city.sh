#!/usr/bin/env bash
# Load benchmark on city-scale data (issue 6). Generates the city once into a PostgreSQL database, serves it,
# and runs the HTTP load driver over the traffic mix. Usage (after `mvn -B -q package -DskipTests`):
#   bench/http/city.sh [USERS] [SECONDS]            # defaults: 50 users, 20 s per phase
# Environment: DB (default cocrea_city), PORT (8090), SKIP_GENERATE=1 to reuse the database as it is.
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

java -Xmx1g -jar target/cocrea.jar --server.port="$PORT" --spring.datasource.url="$URL" \
  --spring.datasource.username=postgres --cocrea.data-dir=target/bench-city > target/bench-city.log 2>&1 &
SERVER=$!
trap 'kill $SERVER' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null; do sleep 1; done

generated="SELECT id FROM organisation WHERE name LIKE 'Comune di %' AND name <> 'Comune di Esempio'"
ids() { psql "$1" | paste -sd, -; }
INITIATIVES=$(ids "SELECT id FROM initiative WHERE level = 'collective' AND organisation_id IN ($generated) ORDER BY id")
PROPOSALS=$(ids "SELECT id FROM initiative_proposal WHERE organisation_id IN ($generated) ORDER BY id LIMIT 5000")
BUDGETS=$(ids "SELECT t.id FROM budget b JOIN tool_instance t ON t.id = b.tool_instance_id ORDER BY t.id")
BUDGET_INITIATIVES=$(ids "SELECT t.initiative_id FROM budget b JOIN tool_instance t ON t.id = b.tool_instance_id ORDER BY t.id")
CHEAPEST=$(ids "SELECT (SELECT p.id FROM budget_project p WHERE p.budget_id = b.id ORDER BY p.cost_cents, p.id LIMIT 1)
  FROM budget b JOIN tool_instance t ON t.id = b.tool_instance_id ORDER BY t.id")

# Virtual users are generated citizens who cast no ballot in generation, so each one's ballot is its own: the
# first is stored, the repeats are answered as identical re-sends (same checks, nothing stored twice).
ACCOUNTS=$(ids "SELECT email FROM app_user WHERE email LIKE 'p%@demo.cocrea.example' AND kind = 'citizen'
  AND id NOT IN (SELECT voter_id FROM budget_ballot) ORDER BY id LIMIT $USERS")
java bench/http/LoadDriver.java --base "http://127.0.0.1:$PORT" --users "$USERS" --seconds "$SECONDS_PER_PHASE" \
  --warmup 15 --accounts "$ACCOUNTS" --password cocrea-generated \
  --ids "initiative=$INITIATIVES;proposal=$PROPOSALS;budget=$BUDGETS;binit=$BUDGET_INITIATIVES;project=$CHEAPEST" \
  --setup "POST /initiatives/{binit@u}/join" \
  --mix "browse=/initiatives:3,open-initiative=/initiatives/{initiative}:3,proposals=/proposals:2,open-proposal=/proposals/{proposal}:2,open-budget=/budget/{budget@u}:2,support=POST /proposals/{proposal}/support:1,ballot=POST /budget/{budget@u}/ballot?projects={project@u}:1"
