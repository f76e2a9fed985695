#!/usr/bin/env bash
# Runs every test of MemoryVault: unit and @QuarkusTest tests of each module on real Postgres, Kafka, S3 and OIDC
# servers started inside the test JVMs, then the system tests against the packaged suite. No Docker needed.
# Extra arguments go to Maven, e.g. ./test.sh -pl card-service -am
set -euo pipefail
cd "$(dirname "$0")"
source scripts/jdk.sh
echo "Using JDK at $JAVA_HOME"
# The deployment manifests: render every kustomize overlay and check probes, security contexts, images, ports and
# that compose agrees (needs kubectl with kustomize and PyYAML; says so and goes on without them).
if command -v kubectl > /dev/null && python3 -c 'import yaml' 2> /dev/null; then
    python3 k8s/check-manifests.py
else
    echo "Skipping k8s/check-manifests.py: it needs kubectl and python3 with PyYAML"
fi
# The tests need no Keycloak: skip downloading its distribution, which only the local run (./run.sh) uses.
exec ./mvnw -B -ntp verify -DskipKeycloak "$@"
