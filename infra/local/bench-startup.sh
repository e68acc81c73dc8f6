#!/usr/bin/env bash
# Startup benchmark of the local stack: builds what is missing, starts everything, waits until the
# gateway serves all four domains, prints "ready after N s" and "total RSS M MB", then stops it all.
# Target on the 2-core reference machine: ready in 90 s or less, 3.5 GB RSS or less in all.
#   infra/local/bench-startup.sh            measure with the data already in .local-data
#   infra/local/bench-startup.sh --fresh    move .local-data to $TMPDIR first (first-run timing, Kafka format)
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

if [ "${1:-}" = "--fresh" ] && [ -d .local-data ]; then
  # outside the repository: a renamed folder beside it would not be git-ignored
  aside="${TMPDIR:-/tmp}/zhushan-local-data-$(date +%Y%m%d%H%M%S)"
  mv .local-data "$aside"
  echo "bench: moved .local-data to $aside"
fi

./zhushan start --measure | tee /tmp/zhushan-bench.$$ 
status=${PIPESTATUS[0]}
echo "---"
grep -E '^(ready after|total RSS)' /tmp/zhushan-bench.$$ || echo "bench: the stack did not become ready"
rm -f /tmp/zhushan-bench.$$
exit "$status"
