#!/usr/bin/env bash
# Runs the whole MemoryVault suite on this machine, no Docker needed: builds it, then starts Postgres, Kafka, S3
# and Keycloak, then card-service, media-service, review-service and the gateway (see devstack/README.md).
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: ./run.sh [--reset] [--skip-build] [--help]

Builds the suite (./mvnw package, tests skipped) and starts it locally:
  Postgres localhost:55432, Kafka localhost:9092, S3 http://127.0.0.1:9000,
  Keycloak http://localhost:8180, services on 8081-8083, gateway http://localhost:8080.
Data persists in .devstack/ between runs; logs are in .devstack/logs/. Ctrl-C stops everything.

  --reset       delete .devstack/ (database, topics, objects, Keycloak users) before starting
  --skip-build  do not run Maven; start what was built last time
  --help        show this help
EOF
}

skip_build=false
launcher_args=()
for arg in "$@"; do
    case "$arg" in
        --reset) launcher_args+=(--reset) ;;
        --skip-build) skip_build=true ;;
        --help|-h) usage; exit 0 ;;
        *) echo "unknown option: $arg" >&2; usage >&2; exit 2 ;;
    esac
done

cd "$(dirname "$0")"
source scripts/jdk.sh

if [ "$skip_build" = false ]; then
    echo "[run.sh] building with ./mvnw -B -q package -DskipTests (JAVA_HOME=$JAVA_HOME)"
    ./mvnw -B -q package -DskipTests
fi

launcher=devstack/target/devstack.jar
if [ ! -f "$launcher" ]; then
    echo "[run.sh] $launcher is missing: run ./run.sh without --skip-build" >&2
    exit 1
fi
# The launcher JVM hosts Postgres' supervisor, Kafka and S3 (about 400 MB); Keycloak and the services are its children.
jvm_options=(-Xmx384m -XX:+UseSerialGC)
if [ "$(memoryvault_java_major "$JAVA_HOME")" -ge 23 ]; then
    jvm_options+=(--sun-misc-unsafe-memory-access=allow) # Kafka still unmaps its buffers through sun.misc.Unsafe
fi
exec "$JAVA_HOME/bin/java" "${jvm_options[@]}" -jar "$launcher" ${launcher_args[@]+"${launcher_args[@]}"}
