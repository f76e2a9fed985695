#!/usr/bin/env bash
# GET /api/cards/{id} with a bearer token, three ways on one machine in one run: straight to card-service, through
# nginx (Debian's package) as a plain reverse proxy, and through the gateway (which validates the JWT, rate-limit
# check off). Prints throughput and p99 latency from wrk.
#
# Needs the local run up (devstack: Keycloak on 8180, card-service on 8081, user demo/demo) and the gateway built
# (gateway/target/quarkus-app). Installs wrk and nginx with apt-get when they are missing. Starts its own gateway
# (port 18080, health on its management port 18081: the devstack's gateway has 8080 and 9080, its S3 9000) and nginx
# (port 18090) and stops them at the end.
#
#   bench/gateway/run.sh                       # 30 s per target, 2 threads, 32 connections
#   DURATION=60s CONNECTIONS=64 bench/gateway/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
REALM=${REALM:-http://localhost:8180/realms/memoryvault}
CARD=${CARD:-http://127.0.0.1:8081}
GATEWAY_PORT=18080
GATEWAY_MANAGEMENT_PORT=18081
NGINX_PORT=18090
WORK=$(mktemp -d /tmp/bench-gateway.XXXXXX)
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

install_if_missing() {
  if ! command -v "$1" >/dev/null; then
    echo "installing $2 (apt-get)"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get install -y -q "$2" >/dev/null || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q "$2" >/dev/null; }
  fi
}
install_if_missing wrk wrk
[ -x /usr/sbin/nginx ] || install_if_missing nginx nginx
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

wait_for() {
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$1" && return 0
    sleep 1
  done
  echo "$1 did not come up" >&2
  exit 1
}

echo "token for demo (memoryvault-cli)"
TOKEN=$(curl -fsS -d grant_type=password -d client_id=memoryvault-cli -d username=demo -d password=demo \
  "$REALM/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
AUTH="Authorization: Bearer $TOKEN"

echo "a deck and a card in card-service"
DECK=$(curl -fsS -H "$AUTH" -H 'Content-Type: application/json' -d '{"name":"bench '"$(date +%s)"'"}' "$CARD/api/decks" \
  | sed -E 's/.*"id":"([^"]+)".*/\1/' | head -c 36)
CARD_ID=$(curl -fsS -H "$AUTH" -H 'Content-Type: application/json' \
  -d '{"deckId":"'"$DECK"'","front":[{"kind":"text","text":"hola"}],"back":[{"kind":"text","text":"hello"}],"tags":["bench"]}' \
  "$CARD/api/cards" | sed -E 's/^\{"id":"([^"]+)".*/\1/' | head -c 36)
echo "card $CARD_ID"

echo "gateway on :$GATEWAY_PORT"
QUARKUS_HTTP_PORT=$GATEWAY_PORT QUARKUS_MANAGEMENT_PORT=$GATEWAY_MANAGEMENT_PORT \
  QUARKUS_OIDC_AUTH_SERVER_URL=$REALM MEMORYVAULT_GATEWAY_UPSTREAMS_CARD=$CARD \
  MEMORYVAULT_GATEWAY_RATE_LIMITS_ENABLED=false QUARKUS_LOG_LEVEL=WARN \
  "$JAVA" -Xmx256m -XX:+UseSerialGC -jar gateway/target/quarkus-app/quarkus-run.jar >"$WORK/gateway.log" 2>&1 &
PIDS+=($!)

echo "nginx on :$NGINX_PORT"
CARD_HOSTPORT=${CARD#http://}
cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  upstream card { server $CARD_HOSTPORT; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://card;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
CONF
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf"

wait_for "http://127.0.0.1:$GATEWAY_MANAGEMENT_PORT/q/health/ready"
wait_for "http://127.0.0.1:$NGINX_PORT/q/health/ready"

run() { # name url
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "$AUTH" "$2" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -H "$AUTH" "$2" >"$WORK/$1.txt"
  local rps p99 non2xx timeouts
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$1.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/$1.txt")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$WORK/$1.txt")
  timeouts=$(awk '/Socket errors/ {print $NF}' "$WORK/$1.txt")
  printf '%-8s %12s req/s   p99 %8s   non-2xx %s   timeouts (>10 s) %s\n' "$1" "$rps" "$p99" "${non2xx:-0}" \
    "${timeouts:-0}" | tee -a "$WORK/summary.txt"
}

echo
echo "GET /api/cards/$CARD_ID, $THREADS threads, $CONNECTIONS connections, $DURATION each (after $WARMUP warm-up)"
run direct "$CARD/api/cards/$CARD_ID"
run nginx "http://127.0.0.1:$NGINX_PORT/api/cards/$CARD_ID"
run gateway "http://127.0.0.1:$GATEWAY_PORT/api/cards/$CARD_ID"
echo "raw wrk output: $WORK"
