#!/usr/bin/env bash
# One-line runner of FootfallIngestBenchmark (tourism-service test sources): compiles the service and its test
# classes, then runs the benchmark on the embedded broker and store in one JVM. Stop the local stack first and keep
# the machine quiet: the figures are throughput, the noise of other processes shows directly.
#
#   tourism-service/bench/footfall-bench.sh                 # 20 s, 4 clients, as fast as it goes (saturation)
#   tourism-service/bench/footfall-bench.sh 30 4 20000      # 30 s, 4 clients, 20,000 readings/s offered
#
# Arguments: [seconds=20] [clients=4] [readingsPerSecond=0 (saturate)]. Env: MVN (default "./mvnw -B"; on a shared
# machine e.g. MVN="flock /tmp/zhushan-mvn.lock ./mvnw -B -o"), JAVA (default java), KAFKA_TOOLS_CLASSPATH (the
# classpath of org.apache.kafka:kafka-tools, to add Kafka's ProducerPerformance as the limit), BENCH_JAVA_OPTS.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
MVN=${MVN:-./mvnw -B}
JAVA=${JAVA:-java}

echo "bench: compiling tourism-service and its test classes ($MVN)"
# -am builds platform and platform-test in the same reactor; each module writes its test classpath to target/
$MVN -q -pl tourism-service -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath

module=tourism-service/target
classpath="$module/test-classes:$module/classes:$(cat "$module/bench.classpath")"
props=()
if [ -n "${KAFKA_TOOLS_CLASSPATH:-}" ]; then
  props+=("-Dbench.kafkaToolsClasspath=$KAFKA_TOOLS_CLASSPATH")
fi
echo "bench: FootfallIngestBenchmark ${*:-20 4 0}"
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of flags
exec "$JAVA" ${BENCH_JAVA_OPTS:-} "${props[@]}" -cp "$classpath" \
  cn.gov.zhushan.plan.tourism.bench.FootfallIngestBenchmark "$@"
