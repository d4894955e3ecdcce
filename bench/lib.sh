# Shared by the benchmarks' run.sh scripts (sourced, not run): one way to start Cocrea on a fresh PostgreSQL
# database and one way to time a page, so every figure in docs/benchmarks.md is measured the same way.
# Settings from the environment: PGHOST/PGUSER (default 127.0.0.1/postgres), BENCH_JAR (default target/cocrea.jar).
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
JAR=${BENCH_JAR:-target/cocrea.jar}

# bench_start DB PORT [HEAP] [extra arguments for the jar...]: drops and creates database DB, starts the jar on it
# (no demo data unless an argument says --cocrea.demo=true), waits until it answers, and stops it when the script
# ends. Sets APP to the server's process id.
bench_start() {
    psql -q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
    bench_serve "$@"
}

# bench_serve DB PORT [HEAP] [extra arguments for the jar...]: as bench_start, on database DB as it is (filled
# beforehand, e.g. by the demo-data generator).
bench_serve() {
    local db=$1 port=$2 heap=${3:-512m}
    shift $(($# < 3 ? $# : 3))
    java -Xmx"$heap" -jar "$JAR" --server.port="$port" --cocrea.demo=false \
        --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$db" --spring.datasource.username="$PGUSER" \
        --cocrea.data-dir=target/bench-data --logging.file.name=target/bench-data/bench.log "$@" \
        > target/bench-app.log 2>&1 &
    APP=$!
    trap 'kill $APP 2>/dev/null || true' EXIT
    until curl -sf "http://localhost:$port/actuator/health" > /dev/null; do
        kill -0 $APP 2> /dev/null || { echo "the server did not start: see target/bench-app.log" >&2; exit 1; }
        sleep 1
    done
}

# bench_time URL N [WARMUP] [curl options...]: WARMUP requests (default 50), then N timed ones; prints the median and
# the 90th percentile of the time to last byte (server time on localhost).
bench_time() {
    local url=$1 n=$2 warmup=${3:-50}
    shift $(($# < 3 ? $# : 3))
    for _ in $(seq 1 "$warmup"); do curl -s -o /dev/null "$@" "$url"; done
    for _ in $(seq 1 "$n"); do curl -s -o /dev/null -w '%{time_total}\n' "$@" "$url"; done | sort -n | awk -v path="$url" '
        { t[NR] = $1 * 1000 } END { printf "%s  median %6.1f ms   p90 %6.1f ms   (n=%d)\n", path, t[int((NR + 1) / 2)], t[int(NR * 0.9)], NR }'
}
