#!/usr/bin/env bash
# Wall time of `java -jar target/cocrea.jar help` (target: under one second), RUNS times; prints each run and
# the median. Build the jar first: mvn -B -q package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${RUNS:-10}"
[ -f target/cocrea.jar ] || { echo "target/cocrea.jar is missing: mvn -B -q package -DskipTests" >&2; exit 1; }
times=()
for _ in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  java -jar target/cocrea.jar help >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
printf '%s ms\n' "${times[@]}"
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "median %d ms over %d runs (max %d ms)\n", m, NR, a[NR]}'
