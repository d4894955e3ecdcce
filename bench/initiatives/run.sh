#!/usr/bin/env bash
# Benchmarks /initiatives (filtered) and /typology on PostgreSQL with 10,000 initiatives and 100,000 members.
# Needs: target/cocrea.jar (mvn -B -q package -DskipTests), psql, curl, and a PostgreSQL server reachable as
# PGHOST/PGUSER (default 127.0.0.1/postgres). Prints the median and 90th percentile time to first byte
# (server time on localhost) over N requests after a warm-up, anonymously and signed in (a citizen member of
# generated initiatives, a professional of organisation 1, whose visibility conditions are the costly ones);
# record the figures in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${BENCH_DB:-cocrea_bench_initiatives}
PORT=${BENCH_PORT:-18081}
N=${BENCH_REQUESTS:-200}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}

psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
java -Xmx512m -jar target/cocrea.jar --server.port="$PORT" --cocrea.demo=false \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$DB" --spring.datasource.username="$PGUSER" \
    --cocrea.data-dir=target/bench-data --logging.file.name=target/bench-data/bench.log > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do sleep 1; done
psql -q -v ON_ERROR_STOP=1 -d "$DB" -f bench/initiatives/generate.sql

# Two generated people get a password; the second becomes a professional of organisation 1.
psql -q -v ON_ERROR_STOP=1 -d "$DB" -c "
    UPDATE app_user SET password_hash = '{noop}bench-passphrase' WHERE email IN ('bench1@example.org', 'bench2@example.org');
    UPDATE app_user SET kind = 'professional', organisation_id = 1 WHERE email = 'bench2@example.org';"
COOKIES=$(mktemp -d)
trap 'kill $APP 2>/dev/null || true; rm -rf "$COOKIES"' EXIT
sign_in() {
    local jar="$COOKIES/$1"
    local token
    token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/login" \
        | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$1" --data-urlencode "password=bench-passphrase" \
        --data-urlencode "_csrf=$token" "http://localhost:$PORT/login"
    local profile
    profile=$(curl -s -b "$jar" "http://localhost:$PORT/profile")
    [[ $profile == *'action="/logout"'* ]] || { echo "sign-in as $1 failed" >&2; exit 1; }
}
sign_in bench1@example.org
sign_in bench2@example.org

# measure PATH [EMAIL]: anonymous, or with the cookies of EMAIL's session.
measure() {
    local path=$1 who=${2:-}
    local cookies=() label="$path"
    if [ -n "$who" ]; then cookies=(-b "$COOKIES/$who"); label="$path  [$who]"; fi
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' "${cookies[@]}" "http://localhost:$PORT$path")
    [ "$code" = 200 ] || { echo "$label answered $code, not 200" >&2; exit 1; }
    if [ -n "$who" ]; then
        local page
        page=$(curl -s "${cookies[@]}" "http://localhost:$PORT$path")
        [[ $page == *'action="/logout"'* ]] || { echo "$label was not served signed in" >&2; exit 1; }
    fi
    for _ in $(seq 1 50); do curl -s -o /dev/null "${cookies[@]}" "http://localhost:$PORT$path"; done
    for _ in $(seq 1 "$N"); do
        curl -s -o /dev/null "${cookies[@]}" -w '%{time_starttransfer}\n' "http://localhost:$PORT$path"
    done | sort -n | awk -v path="$label" '{ t[NR] = $1 * 1000 } END {
            printf "%-90s median %6.1f ms   p90 %6.1f ms   (n=%d)\n", path, t[int((NR + 1) / 2)], t[int(NR * 0.9)], NR }'
}

measure "/initiatives"
measure "/initiatives?level=collective&phase=co-design&domain=mobility"
measure "/initiatives?q=bicycles&status=open&objective=efficiency&page=3"
measure "/typology"
measure "/typology?organisation=3&role=initiator"
measure "/api/initiatives?level=collective&phase=co-delivery"
measure "/api/typology"
measure "/initiatives" bench1@example.org
measure "/initiatives?level=group&status=open" bench1@example.org
measure "/typology" bench1@example.org
measure "/initiatives" bench2@example.org
measure "/initiatives?level=individual&q=care" bench2@example.org
measure "/typology" bench2@example.org
