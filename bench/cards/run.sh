#!/usr/bin/env bash
# GET /api/cards at 1 000 and 1 000 000 cards: seeds two users by bulk SQL into a throw-away embedded Postgres,
# starts the packaged card-service on it and prints p50/p99 per page next to the goal "a page costs the same at
# 1 000 and 1 000 000 cards" (ratio). No devstack, Keycloak or Kafka needed. Not part of `mvn verify`.
#
#   bench/cards/run.sh                         # 100 warm-up + 300 timed requests per page and size
#   SAMPLES=1000 WARMUP=200 bench/cards/run.sh
#   LARGE_CARDS=100000 bench/cards/run.sh      # a smaller large user
#   BUILD=1 bench/cards/run.sh                 # rebuild card-service first (otherwise only when no jar exists)
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
WORK=$(mktemp -d /tmp/bench-cards.XXXXXX)
JAR=card-service/target/quarkus-app/quarkus-run.jar

if [ ! -f "$JAR" ] || [ -n "${BUILD:-}" ]; then
  echo "building card-service"
  ./mvnw -B -q install -pl card-service -am -DskipTests
fi
# The bench runs on card-service's test classpath: embedded Postgres (testing module) and the JDBC driver.
./mvnw -B -q -o dependency:build-classpath -pl card-service -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
# A copy, so that a build during the run does not change the jar under the running service.
cp -r "$(dirname "$JAR")" "$WORK/quarkus-app"
echo "work directory (service log): $WORK"
"$JAVA_HOME/bin/java" -Xmx1g -cp "$(cat "$WORK/classpath.txt")" bench/cards/CardsBench.java \
  "$WORK/quarkus-app/quarkus-run.jar" "$WORK"
