#!/usr/bin/env bash
# Serving benchmark of media-service (filesystem store): a 5 MB variant fetched through a signed link, whole and with
# a 1 MiB Range, against nginx (Debian's package) serving the same file from disk, in the same run, with wrk.
# Prints MB/s for each and the ratio to nginx against the goal (>= 0.7x).
# Usage: bench/media-serving/run.sh [seconds-per-measurement] [connections]   (default: 10 4)
#        SKIP_BUILD=1 bench/media-serving/run.sh ...   reuses the last build of media-service.
# Installs nginx and wrk with apt-get when they are missing. Not part of mvn verify.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/jdk.sh
for tool in nginx wrk; do
    if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
        echo "[bench] installing $tool with apt-get"
        apt-get install -y -qq "$tool" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$tool" >/dev/null; }
    fi
done
# Debian starts the packaged nginx on port 80 when it installs it; the bench runs its own instance.
work="$PWD/media-service/target/bench-serving"
mkdir -p "$work"
if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f "$work/classpath.txt" ]; then
    ./mvnw -B -ntp -q package -pl media-service -DskipTests
    ./mvnw -B -ntp -q dependency:build-classpath -pl media-service -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt"
fi
"$JAVA_HOME/bin/java" -cp "media-service/target/classes:$(cat "$work/classpath.txt")" bench/media-serving/ServingBench.java \
    media-service/target/quarkus-app/quarkus-run.jar "$work" "$@"
