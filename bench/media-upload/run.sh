#!/usr/bin/env bash
# Upload benchmark of media-service: throughput and peak RSS while 8 clients upload 5 MB and 25 MB files at once.
# Usage: bench/media-upload/run.sh [size-in-MB...]   (default: 5 25). Needs ffmpeg (scripts/install-prerequisites.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/jdk.sh
work="$PWD/media-service/target/bench-upload"
./mvnw -B -q install -pl media-service -am -DskipTests
./mvnw -B -q dependency:build-classpath -pl media-service -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt"
"$JAVA_HOME/bin/java" -cp "$(cat "$work/classpath.txt")" bench/media-upload/UploadBench.java \
    media-service/target/quarkus-app/quarkus-run.jar "$work" "$@"
