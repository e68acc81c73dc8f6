#!/usr/bin/env bash
# Gateway overhead benchmark: the same GET straight to indicator-service and through a gateway with JWT
# validation and per-client rate limiting on, in one run, with wrk. Prints requests/s and p50/p99 of each.
#
# Needs the local stack running (./zhushan) and wrk (apt-get install -y wrk). It does not touch the stack's
# gateway: it starts a second gateway JVM from gateway/target/*.jar on BENCH_GATEWAY_PORT (default 18080),
# registered with the same Eureka, whose limit for the benchmark client is raised for this run
# (plan.gateway.rate-limit.clients.<client>.*; rate limiting stays on), and stops it at the end.
#
#   gateway/bench/gateway-bench.sh                 # 20 s per target, 2 threads, 16 connections
#   DURATION=30s CONNECTIONS=32 gateway/bench/gateway-bench.sh
#
# Measured once (2 cores, the whole local stack on the same machine, DURATION=15s WARMUP=3s):
#   direct (indicator-service :8081)      1150.52 req/s   p50   13.06ms   p99   40.93ms   non-2xx 0
#   gateway (:18080, JWT + rate limit)     538.68 req/s   p50   27.59ms   p99   92.42ms   non-2xx 0
# wrk, the gateway and the service share the two cores, so the gateway's cost shows up twice: its own
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
AUTH=${AUTH:-http://localhost:9000}
EUREKA=${EUREKA:-http://localhost:8761/eureka/}
ENDPOINT=${ENDPOINT:-/api/v1/indicators/key-project-investment/2024}
JAR=gateway/target/gateway-0.1.0-SNAPSHOT.jar

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -f "$JAR" ] || { echo "$JAR is missing: ./mvnw -B -q -pl gateway -am package -DskipTests" >&2; exit 1; }
if (exec 3<>/dev/tcp/127.0.0.1/"$BENCH_GATEWAY_PORT") 2>/dev/null; then
  echo "port $BENCH_GATEWAY_PORT is taken; set BENCH_GATEWAY_PORT" >&2; exit 1
fi

TOKEN=$(curl -sf -u "$CLIENT:$SECRET" -d grant_type=client_credentials --data-urlencode "scope=$SCOPES" \
  "$AUTH/oauth2/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/') \
  || { echo "no token from $AUTH: is the stack running (./zhushan)?" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$SERVICE_PORT$ENDPOINT")
[ "$status" = 200 ] || { echo "GET $ENDPOINT on port $SERVICE_PORT answered $status" >&2; exit 1; }

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
trap 'kill "$GW_PID" 2>/dev/null; wait "$GW_PID" 2>/dev/null || true' EXIT
echo "bench gateway pid $GW_PID on port $BENCH_GATEWAY_PORT (log $LOG); waiting until it routes..."
for _ in $(seq 1 180); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
    "http://127.0.0.1:$BENCH_GATEWAY_PORT$ENDPOINT" || true)
  [ "$code" = 200 ] && break
  kill -0 "$GW_PID" 2>/dev/null || { echo "bench gateway died; see $LOG" >&2; exit 1; }
  sleep 1
done
[ "$code" = 200 ] || { echo "bench gateway does not route after 180 s (last $code)" >&2; exit 1; }

run() { # label url
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $TOKEN" "$2" >/dev/null
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$2")
  local rps p50 p99 non2xx
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  printf '%-34s %10s req/s   p50 %9s   p99 %9s   non-2xx %s\n' "$1" "$rps" "$p50" "$p99" "${non2xx:-0}"
}

echo
echo "GET $ENDPOINT, wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after a $WARMUP warm-up), client $CLIENT"
run "direct (indicator-service :$SERVICE_PORT)" "http://127.0.0.1:$SERVICE_PORT$ENDPOINT"
run "gateway (:$BENCH_GATEWAY_PORT, JWT + rate limit)" "http://127.0.0.1:$BENCH_GATEWAY_PORT$ENDPOINT"
