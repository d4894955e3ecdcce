#!/usr/bin/env bash
# Issue 16's opinion-analysis performance targets. From the repository root: bash bench/opinions/run.sh
# Compiles the application classes (offline), then runs OpinionsBench with a 1 GB heap on the analysis classes and
# their two libraries from the local Maven repository. RUNS=n sets the warm runs (default 5).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -o -q compile -Dspotless.check.skip=true
M2="${M2_REPO:-$HOME/.m2/repository}"
CP="target/classes"
for jar in org/ejml/ejml-core/0.46.1/ejml-core-0.46.1.jar org/ejml/ejml-ddense/0.46.1/ejml-ddense-0.46.1.jar \
    org/apache/commons/commons-csv/1.14.1/commons-csv-1.14.1.jar; do
  CP="$CP:$M2/$jar"
done
CP="$CP:$(ls "$M2"/commons-io/commons-io/2.*/commons-io-2.*.jar | sort -V | tail -1)"
CP="$CP:$(ls "$M2"/commons-codec/commons-codec/1.*/commons-codec-1.*.jar | sort -V | tail -1)"
exec java -Xmx1g -Druns="${RUNS:-5}" -Dpolis.dir="${POLIS_DIR:-../shared/data/polis}" -cp "$CP" \
    bench/opinions/OpinionsBench.java
