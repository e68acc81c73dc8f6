#!/usr/bin/env bash
# Gateway overhead benchmark: the same GET straight to indicator-service, through a gateway with JWT
# validation and per-client rate limiting on, and through nginx as a plain reverse proxy (the floor any proxy
# costs), in one run, with wrk, on a cheap and a heavy endpoint. Prints requests/s, p50/p99 and each proxy's share.
# nginx is optional: Debian's nginx-light (apt-get install -y nginx-light); without it that column is skipped.
#
# Needs the local stack running (./zhushan) and wrk (apt-get install -y wrk). It does not touch the stack's
# gateway: it starts a second gateway JVM from gateway/target/*.jar on BENCH_GATEWAY_PORT (default 18080),
# registered with the same Eureka, whose limit for the benchmark client is raised for this run
# (plan.gateway.rate-limit.clients.<client>.*; rate limiting stays on), and stops it at the end. nginx runs
# with its own config, pid and logs in a temp folder on NGINX_PORT (default 18090) and is stopped at the end.
#
#   gateway/bench/gateway-bench.sh                 # 20 s per target, 2 threads, 16 connections
#   DURATION=30s CONNECTIONS=32 gateway/bench/gateway-bench.sh
#   CHEAP_ENDPOINT=... HEAVY_ENDPOINT=... gateway/bench/gateway-bench.sh
#
# Figures: docs/performance.md. Measured once before nginx was added (2 cores, the whole local stack on the same
# machine, DURATION=15s WARMUP=3s, GET /api/v1/indicators/key-project-investment/2024):
#   direct (indicator-service :8081)      1150.52 req/s   p50   13.06ms   p99   40.93ms   non-2xx 0
#   gateway (:18080, JWT + rate limit)     538.68 req/s   p50   27.59ms   p99   92.42ms   non-2xx 0
# wrk, the gateway, nginx and the service share the two cores, so a proxy's cost shows up twice: its own
# CPU and the CPU it takes from the service.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
CLIENT=${CLIENT:-dashboard}
SECRET=${SECRET:-dashboard-secret}
SCOPES=${SCOPES:-indicators:read}
SERVICE_PORT=${SERVICE_PORT:-8081}
BENCH_GATEWAY_PORT=${BENCH_GATEWAY_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18090}
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
AUTH=${AUTH:-http://localhost:9000}
EUREKA=${EUREKA:-http://localhost:8761/eureka/}
# cheap: a small catalogue read (626 bytes); heavy: an aggregation over the year's key projects
CHEAP_ENDPOINT=${CHEAP_ENDPOINT:-/api/v1/indicators/regions}
HEAVY_ENDPOINT=${HEAVY_ENDPOINT:-/api/v1/indicators/key-project-investment/2024}
JAR=gateway/target/gateway-0.1.0-SNAPSHOT.jar

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -f "$JAR" ] || { echo "$JAR is missing: ./mvnw -B -q -pl gateway -am package -DskipTests" >&2; exit 1; }
for port in "$BENCH_GATEWAY_PORT" "$NGINX_PORT"; do
  if (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null; then
    echo "port $port is taken; set BENCH_GATEWAY_PORT / NGINX_PORT" >&2; exit 1
  fi
done

TOKEN=$(curl -sf -u "$CLIENT:$SECRET" -d grant_type=client_credentials --data-urlencode "scope=$SCOPES" \
  "$AUTH/oauth2/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/') \
  || { echo "no token from $AUTH: is the stack running (./zhushan)?" >&2; exit 1; }
for endpoint in "$CHEAP_ENDPOINT" "$HEAVY_ENDPOINT"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$SERVICE_PORT$endpoint")
  [ "$status" = 200 ] || { echo "GET $endpoint on port $SERVICE_PORT answered $status" >&2; exit 1; }
done
ENDPOINT=$CHEAP_ENDPOINT
LOG=$(mktemp /tmp/gateway-bench.XXXXXX.log)
# BENCH_GATEWAY_JAVA_OPTS: the local stack's flags by default (C1 only, small heap); leave out
# -XX:TieredStopAtLevel=1 to see the gateway with the full JIT, as the container image runs it
# shellcheck disable=SC2086
java ${BENCH_GATEWAY_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -Xms64m -Xmx256m} -jar "$JAR" \
  --spring.profiles.active=local --server.port="$BENCH_GATEWAY_PORT" \
  --eureka.client.service-url.defaultZone="$EUREKA" \
  --spring.security.oauth2.resourceserver.jwt.jwk-set-uri="$AUTH/oauth2/jwks" \
  --plan.gateway.rate-limit.clients."$CLIENT".replenish-rate=1000000 \
  --plan.gateway.rate-limit.clients."$CLIENT".burst-capacity=1000000 \
  --logging.level.cn.gov.zhushan.plan.gateway.access=WARN \
  >"$LOG" 2>&1 &
GW_PID=$!
NGINX_DIR=""
cleanup() {
  kill "$GW_PID" 2>/dev/null; wait "$GW_PID" 2>/dev/null || true
  if [ -n "$NGINX_DIR" ] && [ -f "$NGINX_DIR/nginx.pid" ]; then
    kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true
  fi
}
trap cleanup EXIT

# nginx as a plain reverse proxy to the same service: loopback only, one worker, keep-alive to the upstream (as the
# gateway keeps its connections), no access log (the gateway's access log is at WARN too)
if [ -x "$NGINX" ]; then
  NGINX_DIR=$(mktemp -d /tmp/gateway-bench-nginx.XXXXXX)
  cat >"$NGINX_DIR/nginx.conf" <<CONF
worker_processes 1;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $NGINX_DIR/body;
  proxy_temp_path $NGINX_DIR/proxy;
  upstream service { server 127.0.0.1:$SERVICE_PORT; keepalive 32; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://service;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
    }
  }
}
CONF
  "$NGINX" -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR" -e "$NGINX_DIR/error.log" \
    || { echo "nginx did not start; see $NGINX_DIR/error.log" >&2; exit 1; }
  echo "nginx on port $NGINX_PORT (config $NGINX_DIR/nginx.conf)"
else
  echo "nginx not installed (apt-get install -y nginx-light): no nginx column"
fi
echo "bench gateway pid $GW_PID on port $BENCH_GATEWAY_PORT (log $LOG); waiting until it routes..."
for _ in $(seq 1 180); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
    "http://127.0.0.1:$BENCH_GATEWAY_PORT$ENDPOINT" || true)
  [ "$code" = 200 ] && break
  kill -0 "$GW_PID" 2>/dev/null || { echo "bench gateway died; see $LOG" >&2; exit 1; }
  sleep 1
done
[ "$code" = 200 ] || { echo "bench gateway does not route after 180 s (last $code)" >&2; exit 1; }

run() { # label url [direct req/s]: prints one line and sets RPS
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $TOKEN" "$2" >/dev/null
  local out p50 p99 non2xx share=""
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$2")
  RPS=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  if [ -n "${3:-}" ]; then
    share=$(awk -v a="$RPS" -v b="$3" 'BEGIN { if (b > 0) printf "%5.1f %% of direct", 100 * a / b }')
  fi
  printf '%-36s %10s req/s   p50 %9s   p99 %9s   non-2xx %-4s %s\n' "$1" "$RPS" "$p50" "$p99" "${non2xx:-0}" "$share"
}

for ENDPOINT in "$CHEAP_ENDPOINT" "$HEAVY_ENDPOINT"; do
  echo
  echo "GET $ENDPOINT, wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after a $WARMUP warm-up), client $CLIENT"
  run "direct (indicator-service :$SERVICE_PORT)" "http://127.0.0.1:$SERVICE_PORT$ENDPOINT"
  direct=$RPS
  run "gateway (:$BENCH_GATEWAY_PORT, JWT + rate limit)" "http://127.0.0.1:$BENCH_GATEWAY_PORT$ENDPOINT" "$direct"
  gateway=$RPS
  if [ -n "$NGINX_DIR" ]; then
    run "nginx (:$NGINX_PORT, plain proxy)" "http://127.0.0.1:$NGINX_PORT$ENDPOINT" "$direct"
    awk -v g="$gateway" -v n="$RPS" 'BEGIN { if (n > 0) printf "%-36s %10.1f %% of nginx\n", "gateway", 100 * g / n }'
  fi
done
