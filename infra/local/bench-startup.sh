#!/usr/bin/env bash
# Startup benchmark of the local stack: builds what is missing, then starts everything twice, each time waiting
# until the gateway serves all four domains, printing the time to ready, the total RSS and the time to stop.
# The first start after a new jar or JDK records the start-up cache (AOT cache on JDK 25, AppCDS on 17), written
# when it stops; the second start uses it. Target on the 2-core reference machine: ready in 45 s or less and
# 2.0 GB RSS or less in all, on the first and the later start.
#   infra/local/bench-startup.sh            measure with the data already in .local-data
#   infra/local/bench-startup.sh --fresh    move .local-data to $TMPDIR first (first run: Kafka format, no cache)
#   infra/local/bench-startup.sh --runs 1   one start only
# The JDK is the launcher's choice (JAVA_HOME, else the newest installed); ZHUSHAN_AOT_CACHE=off runs without cache.
# On a shared machine take the build lock so no build runs beside it: flock /tmp/zhushan-mvn.lock infra/local/bench-startup.sh
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

runs=2
while [ $# -gt 0 ]; do
  case "$1" in
    --fresh)
      if [ -d .local-data ]; then
        # outside the repository: a renamed folder beside it would not be git-ignored
        aside="${TMPDIR:-/tmp}/zhushan-local-data-$(date +%Y%m%d%H%M%S)"
        mv .local-data "$aside"
        echo "bench: moved .local-data to $aside"
      fi ;;
    --runs) runs=$2; shift ;;
    *) echo "bench: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done

out=$(mktemp)
trap 'rm -f "$out"' EXIT
summary=""
status=0
for run in $(seq 1 "$runs"); do
  echo "=== start $run of $runs"
  begin=$(date +%s.%N)
  if ! ./zhushan start --measure | tee "$out"; then
    status=1
  fi
  end=$(date +%s.%N)
  jdk=$(grep -o 'running on JDK [^ ]*' "$out" | head -1 | sed 's/running on //')
  cache=$(grep -o 'start-up cache: [A-Za-z]*' "$out" | head -1 | sed 's/start-up cache: //')
  trained=$(grep -q 'records the start-up cache' "$out" && echo "recording cache" || echo "using cache")
  [ "$cache" = "off" ] && trained="no cache"
  ready=$(grep -E '^ready after' "$out" | awk '{print $3}')
  rss=$(grep -E '^total RSS' "$out" | awk '{print $3}')
  line="start $run: $jdk, $cache ($trained): ready after ${ready:-NOT READY} s, total RSS ${rss:-?} MB, wall clock incl. stop $(awk "BEGIN{printf \"%.1f\", $end - $begin}") s"
  summary="$summary$line"$'\n'
done
echo "---"
printf '%s' "$summary"
exit "$status"
