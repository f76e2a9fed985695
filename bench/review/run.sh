#!/usr/bin/env bash
# The review-service benchmark (issue 6): seeds one user with 100 000 cards and 1 000 000 review-log rows, two other
# users with as many and a user with 1 000 cards into a throw-away PostgreSQL, boots review-service (as its tests do:
# embedded Postgres, Kafka and OIDC in the JVM, no Docker), then measures p50/p99 of GET /api/review/due and
# GET /api/review/stats over HTTP and review throughput, and prints them next to the goals.
# Takes 10-20 minutes. Sizes: -Dbench.cards=, -Dbench.answersPerCard=, -Dbench.otherUsers=, -Dbench.dueRuns=,
# -Dbench.statsRuns= (extra args go to Maven).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/jdk.sh
./mvnw -B -q -ntp install -pl review-service -am -DskipTests
out="$PWD/bench/review/last-run.txt"
./mvnw -B -q -ntp test -pl review-service -Dtest=ReviewBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.out="$out" "$@"
echo "==== results (also in $out) ===="
cat "$out"
