#!/usr/bin/env bash
# The long SIP fuzz run: the packaged engine on loopback, SipFuzzer (the class the CI run SipFuzzIT uses)
# sending mutated INVITEs, then the oracle: no 5xx but 503, OPTIONS still answered, the engine alive, and
# after SETTLE_SECONDS no call left open on record. See docs/RELIABILITY.md.
#
#   bench/sip-fuzz/run.sh [messages (100000)] [seed (the time)]
#
# Needs: ./mvnw -B -o -q install -DskipTests (adapters/app/target/zongji.jar) and the test classes
#   (./mvnw -B -o -q test-compile -pl adapters/app), JDK 17, curl.
# Environment: SIP_PORT (16060), HTTP_PORT (18180), TRUNK_PORT (16080; nobody answers there), SETTLE_SECONDS (45),
#   JAVA_OPTS, ZONGJI_JAR (another jar), DB (h2, or postgres: database DB_NAME zongji_fuzz; see bench/lib.sh).
# Takes /tmp/zongji-it.lock for the whole run, as the ITs do.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# shellcheck source=../lib.sh
. "$root/bench/lib.sh"
bench_lock "$0" "$@"
messages=${1:-100000}
seed=${2:-$(date +%s)}
SIP_PORT=${SIP_PORT:-16060}
HTTP_PORT=${HTTP_PORT:-18180}
TRUNK_PORT=${TRUNK_PORT:-16080}
SETTLE_SECONDS=${SETTLE_SECONDS:-45}
DB_NAME=${DB_NAME:-zongji_fuzz}

work=$(mktemp -d /tmp/zongji-sipfuzz.XXXXXX)
summary=$work/summary.md
say() { echo "$*" | tee -a "$summary"; }

cleanup() {
    bench_cleanup
    echo "work dir (engine log, H2 database): $work" >&2
}
trap cleanup EXIT

# Copies, so that a rebuild during the run changes nothing.
bench_copy_jar "$root"
jar=$bench_jar
mkdir -p "$work/classes/com/zongji/reliability"
cp "$root"/adapters/app/target/test-classes/com/zongji/reliability/{SipFuzzer,SipWire}*.class \
    "$work/classes/com/zongji/reliability/"

say "# sip-fuzz $(date -u +%Y-%m-%dT%H:%MZ): $messages messages, seed $seed"
say "- machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, kernel $(uname -r); $(java -version 2>&1 | head -1)"
say "- engine: $jar, repository at $(git -C "$root" rev-parse --short HEAD 2>/dev/null); database: $(bench_database)"

bench_start_engine --zongji.sip.port="$SIP_PORT" --zongji.sip.trunk.port="$TRUNK_PORT" --zongji.calls.node-id=fuzz
say "- engine healthy after $engine_ready_seconds s"

t0=$SECONDS
verdict=0
java -cp "$work/classes" com.zongji.reliability.SipFuzzer 127.0.0.1 "$SIP_PORT" "$messages" "$seed" \
    >"$work/fuzzer.out" 2>"$work/fuzzer.err" || verdict=$?
say "- fuzzer ($((SECONDS - t0)) s): $(tail -1 "$work/fuzzer.out")"
say "- engine log: $(grep -c ' ERROR ' "$work/engine.log" || true) ERROR lines," \
    "$(grep -c 'Exception in thread' "$work/engine.log" || true) uncaught exceptions"

sleep "$SETTLE_SECONDS"
kill -0 "$engine_pid" 2>/dev/null || { say "- ENGINE DIED"; exit 1; }
open=$(bench_sql "select count(*) from call_record where ended_at is null")
calls=$(bench_sql "select count(*) from call_record")
say "- after $SETTLE_SECONDS s: $calls calls on record, $open still open; engine process alive"
if [ "$verdict" -ne 0 ] || [ "$open" != "0" ]; then
    say "- FAILED (fuzzer exit $verdict, open calls $open)"
    exit 1
fi
say "- passed"
