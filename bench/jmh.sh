#!/usr/bin/env bash
# Runs the JMH benchmarks (src/bench/java) on demand. Any arguments go to JMH, e.g.
#   bench/jmh.sh OfflineRenderBenchmark -p tracks=8,16,32,64 -p threads=1,2
#   bench/jmh.sh BlockBenchmark
# Needs: a JDK 17, and Maven Central reachable once (JMH 1.37) or already in ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -Pbench test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main "$@"
