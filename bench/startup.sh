#!/usr/bin/env bash
# Start-up time and heap after start of the packaged engine on its embedded defaults.
# Usage: bench/startup.sh [runs]   (build first: ./mvnw -B -DskipTests install)
# Prints, per run: seconds until /actuator/health is UP (first start on an empty H2 database, which
# includes schema creation and demo seeding, and a second start on the same data), and heap used
# after a full GC once started.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=adapters/app/target/zongji.jar
runs=${1:-3}
http_port=18080
sip_port=15060

start_and_measure() {
    local dir=$1 label=$2
    local t0 pid elapsed heap
    t0=$(date +%s.%N)
    (cd "$dir" && exec java -jar "$OLDPWD/$jar" --server.port=$http_port --zongji.sip.port=$sip_port >engine.log 2>&1) &
    pid=$!
    until curl -fs "localhost:$http_port/actuator/health" | grep -q '"UP"'; do
        kill -0 $pid 2>/dev/null || { echo "engine died, see $dir/engine.log" >&2; exit 1; }
        sleep 0.2
    done
    elapsed=$(echo "$(date +%s.%N) - $t0" | bc)
    local jpid
    jpid=$(pgrep -f "zongji.jar --server.port=$http_port" | head -1)
    jcmd "$jpid" GC.run >/dev/null
    heap=$(jcmd "$jpid" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
    printf '%-12s %6.1f s   heap after GC %4d MB\n' "$label" "$elapsed" $((heap / 1024))
    kill "$jpid"; wait $pid 2>/dev/null || true
}

for i in $(seq 1 "$runs"); do
    dir=$(mktemp -d)
    start_and_measure "$dir" "run $i empty"
    start_and_measure "$dir" "run $i reuse"
    rm -rf "$dir"
done
