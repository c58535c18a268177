#!/usr/bin/env bash
# Runs the JMH benchmarks. Usage: bench/jmh/run.sh [JMH options, e.g. ExtensionAllocation -f 1 -wi 3 -i 5]
# Builds the modules first; JMH forks its JVMs with the classpath assembled here.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q install -DskipTests -pl bench/jmh -am
./mvnw -B -q dependency:build-classpath -pl bench/jmh -Dmdep.outputFile=target/jmh-classpath.txt
exec java -cp "bench/jmh/target/classes:$(cat bench/jmh/target/jmh-classpath.txt)" org.openjdk.jmh.Main "$@"
