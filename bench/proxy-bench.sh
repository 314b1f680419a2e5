#!/usr/bin/env bash
# Added latency and throughput of the proxy against a local mock upstream, measured with wrk.
#   bench/proxy-bench.sh            (builds the app if target/quarkus-app is missing)
# The first four cases use a mock that answers at once: the proxy's whole cost shows, and wrk, mock
# and proxy share this machine's cores. The last two use a second mock that answers after
# UPSTREAM_DELAY_MS (default 20 ms, far quicker than any real provider) at 64 connections.
# Needs: JDK 21+ (JAVA_HOME), wrk (apt-get install -y wrk), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/find-java.sh
headroom_find_java
JAVA="$JAVA_HOME/bin/java"
MOCK_PORT=${MOCK_PORT:-18090}; PROXY_PORT=${PROXY_PORT:-18787}
SLOW_MOCK_PORT=${SLOW_MOCK_PORT:-18091}; SLOW_PROXY_PORT=${SLOW_PROXY_PORT:-18788}; UPSTREAM_DELAY_MS=${UPSTREAM_DELAY_MS:-20}
DURATION=${DURATION:-15s}; WORK=$(mktemp -d)
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -o -q -B package -DskipTests
python3 bench/make-body.py "$WORK/plain.json" "$WORK/big.json"
echo "request body: $(wc -c < "$WORK/plain.json") bytes (nothing to compress), $(wc -c < "$WORK/big.json") bytes (with a large tool result)"

"$JAVA" bench/MockUpstream.java "$MOCK_PORT" & MOCK=$!
"$JAVA" bench/MockUpstream.java "$SLOW_MOCK_PORT" "$UPSTREAM_DELAY_MS" & SLOW_MOCK=$!
proxy() { # port upstream-port log
  "$JAVA" -Xmx1g -Dquarkus.http.port="$1" -Dheadroom.anthropic-api-url="http://127.0.0.1:$2" \
    -Dquarkus.log.level=WARN -jar target/quarkus-app/quarkus-run.jar proxy > "$WORK/$3" 2>&1
}
proxy "$PROXY_PORT" "$MOCK_PORT" proxy.log & PROXY=$!
trap 'kill $MOCK $SLOW_MOCK $PROXY ${SLOW_PROXY:-} 2>/dev/null || true; rm -rf "$WORK"' EXIT
for i in $(seq 1 120); do curl -sf "http://127.0.0.1:$PROXY_PORT/health" >/dev/null && break; sleep 1; done

run() { # name url body connections -> prints "p50 p99 req/s"
  BODY="$3" wrk -t1 -c"$4" -d"$DURATION" --latency -s bench/post.lua "$2" > "$WORK/$1.txt"
  awk '/ 50%/{p50=$2} / 99%/{p99=$2} /Requests\/sec/{rps=$2} END{print p50, p99, rps}' "$WORK/$1.txt"
}
direct="http://127.0.0.1:$MOCK_PORT/v1/messages"; proxied="http://127.0.0.1:$PROXY_PORT/v1/messages"
echo "warming up..."; BODY="$WORK/plain.json" wrk -t1 -c4 -d10s -s bench/post.lua "$proxied" >/dev/null
BODY="$WORK/big.json" wrk -t1 -c4 -d5s -s bench/post.lua "$proxied" >/dev/null
printf '%-40s %10s %10s %10s\n' "case" "p50" "p99" "req/s"
printf '%-40s %10s %10s %10s\n' "direct, 76 KB, 1 connection" $(run d1 "$direct" "$WORK/plain.json" 1)
printf '%-40s %10s %10s %10s\n' "proxy, 76 KB, 1 connection" $(run p1 "$proxied" "$WORK/plain.json" 1)
printf '%-40s %10s %10s %10s\n' "direct, large tool result, 16 conns" $(run d16 "$direct" "$WORK/big.json" 16)
printf '%-40s %10s %10s %10s\n' "proxy, large tool result, 16 conns" $(run p16 "$proxied" "$WORK/big.json" 16)

# The slow-upstream pair runs with the first proxy stopped, so the two proxies never share the cores.
kill "$PROXY"; wait "$PROXY" 2>/dev/null || true
proxy "$SLOW_PROXY_PORT" "$SLOW_MOCK_PORT" slow-proxy.log & SLOW_PROXY=$!
for i in $(seq 1 120); do curl -sf "http://127.0.0.1:$SLOW_PROXY_PORT/health" >/dev/null && break; sleep 1; done
slow_direct="http://127.0.0.1:$SLOW_MOCK_PORT/v1/messages"; slow_proxied="http://127.0.0.1:$SLOW_PROXY_PORT/v1/messages"
BODY="$WORK/big.json" wrk -t1 -c16 -d10s -s bench/post.lua "$slow_proxied" >/dev/null
printf '%-40s %10s %10s %10s\n' "direct, large result, ${UPSTREAM_DELAY_MS} ms upstream, 64 c" $(run s64d "$slow_direct" "$WORK/big.json" 64)
printf '%-40s %10s %10s %10s\n' "proxy, large result, ${UPSTREAM_DELAY_MS} ms upstream, 64 c" $(run s64p "$slow_proxied" "$WORK/big.json" 64)
