#!/usr/bin/env bash
# CDR export of a million rows: time and heap of the packaged engine exporting one month's CDRs as xlsx.
#
#   bench/cdr-export/run.sh [h2|postgres]
#
# 1. Starts the packaged engine once on a fresh database (H2 file in a temporary directory, or the
#    PostgreSQL database $PG_DB, dropped and created, dropped again at the end unless KEEP=1) so Flyway and the demo tenant set it up, and stops it.
# 2. Writes ROWS call records of November 2026 into the demo enterprise (generate-h2.sql / generate-postgres.sql).
# 3. Starts the engine again with -Xmx$XMX and GC logging, and downloads
#    GET /api/cdrs/export.xlsx?from=2026-11-01&to=2026-11-30 as the demo admin (the real code path: security,
#    keyset pages from the database, POI SXSSF, response stream), sampling the heap every 250 ms (jstat).
# 4. Prints the export time and size, the rows per sheet, the peak heap sampled and the heap after the young
#    GCs of that export; then exports again forcing a full GC every LIVE_EVERY s (10) to read the live heap.
#
# Needs: ./mvnw -B -q install -DskipTests (adapters/app/target/zongji.jar), JDK 17 (java, jcmd, jstat), curl, unzip;
#   for postgres a server reachable as in application-postgres.yaml (ZONGJI_DB_HOST/PORT/USER) and psql.
# Environment: ROWS (1000000), XMX (256m), HTTP_PORT (18280), SIP_PORT (15260), PG_DB (zongji_bench_cdr),
#   LIVE_EVERY (10), ZONGJI_JAR (another jar), KEEP (1 = keep the work directory).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
db=${1:-h2}
case "$db" in h2 | postgres) ;; *) sed -n '2,20p' "$0" >&2; exit 2 ;; esac
ROWS=${ROWS:-1000000}
XMX=${XMX:-256m}
HTTP_PORT=${HTTP_PORT:-18280}
SIP_PORT=${SIP_PORT:-15260}
PG_DB=${PG_DB:-zongji_bench_cdr}
jar=${ZONGJI_JAR:-$root/adapters/app/target/zongji.jar}
[ -f "$jar" ] || { echo "no $jar: build first (./mvnw -B -q install -DskipTests)" >&2; exit 1; }
base=http://127.0.0.1:$HTTP_PORT
work=$(mktemp -d /tmp/zongji-cdrexport.XXXXXX)
engine_pid=
sampler_pid=
# A copy: another build may rewrite the jar while the engine runs from it.
cp "$jar" "$work/zongji.jar"
jar=$work/zongji.jar

cleanup() {
    [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null || true
    if [ -n "$engine_pid" ]; then kill "$engine_pid" 2>/dev/null || true; wait "$engine_pid" 2>/dev/null || true; fi
    if [ "${KEEP:-}" = 1 ]; then
        echo "work directory kept: $work"
    else
        rm -rf "$work"
        [ "$db" = postgres ] && dropdb --if-exists "$PG_DB" || true
    fi
}
trap cleanup EXIT

engine_args=(--server.port="$HTTP_PORT" --zongji.sip.port="$SIP_PORT" --zongji.sip.host=127.0.0.1 --zongji.demo.enabled=true)
if [ "$db" = postgres ]; then
    export ZONGJI_DB_NAME=$PG_DB ZONGJI_DEMO=true
    export PGHOST=${ZONGJI_DB_HOST:-127.0.0.1} PGPORT=${ZONGJI_DB_PORT:-5432} PGUSER=${ZONGJI_DB_USER:-postgres}
    engine_args+=(--spring.profiles.active=postgres)
fi

start_engine() {
    (cd "$work" && exec java "$@" -jar "$jar" "${engine_args[@]}" >>"$work/engine.log" 2>&1) &
    engine_pid=$!
    until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
        kill -0 "$engine_pid" 2>/dev/null || { echo "engine died, see $work/engine.log" >&2; KEEP=1; exit 1; }
        sleep 0.5
    done
}

heap_used() {
    jcmd "$engine_pid" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+' | awk '{ printf "%d\n", $1 / 1024 }'
}

uptime_seconds() {
    jcmd "$engine_pid" VM.uptime | grep -oE '^[0-9.]+' | tail -1
}

full_gcs_since() {
    awk -v from="$1" '{ t = $1; gsub(/[\[\]s]/, "", t) } t + 0 >= from + 0 && /Pause Full/ { n++ } END { print n + 0 }' "$work/gc.log"
}

# Downloads the month's export as the demo admin and prints time, size and the data rows of each sheet.
download() {
    local result status seconds bytes sheets rows
    result=$(curl -s -u admin:admin -o "$work/cdrs.xlsx" -w '%{http_code} %{time_total} %{size_download}' \
        "$base/api/cdrs/export.xlsx?from=2026-11-01&to=2026-11-30")
    read -r status seconds bytes <<<"$result"
    [ "$status" = 200 ] || { echo "export answered $status, see $work/engine.log" >&2; KEEP=1; exit 1; }
    sheets=$(unzip -l "$work/cdrs.xlsx" | grep -oE 'xl/worksheets/sheet[0-9]+\.xml' | sort -V)
    rows=$(for s in $sheets; do echo $(($(unzip -p "$work/cdrs.xlsx" "$s" | grep -o '<row ' | wc -l) - 1)); done | paste -sd+)
    printf 'export %s: %.1f s, %d MB xlsx, data rows per sheet: %s\n' "$1" "$seconds" $((bytes / 1024 / 1024)) "$rows"
}

stop_engine() {
    kill "$engine_pid"; wait "$engine_pid" 2>/dev/null || true
    engine_pid=
}

echo "== $(date -u +%FT%TZ) $db, $ROWS rows, -Xmx$XMX, $(nproc) cores, $(java -version 2>&1 | head -1)"
if [ "$db" = postgres ]; then
    dropdb --if-exists "$PG_DB" && createdb "$PG_DB"
fi
start_engine -Xmx1g
stop_engine

t0=$(date +%s.%N)
if [ "$db" = h2 ]; then
    unzip -q -o -j "$jar" 'BOOT-INF/lib/h2-*.jar' -d "$work"
    chunk=100000
    {
        echo "set @ENTERPRISE = (select id from enterprise where name = '武汉总机演示科技有限公司');"
        echo "set @CONTACT = (select id from external_contact where enterprise_id = @ENTERPRISE and name = '陈先生');"
        echo "create table bench_employee as select cast(row_number() over (order by id) - 1 as int) as n, id, mobile"
        echo "    from employee where enterprise_id = @ENTERPRISE and activated;"
        for ((first = 1; first <= ROWS; first += chunk)); do
            last=$((first + chunk - 1 < ROWS ? first + chunk - 1 : ROWS))
            sed "s/@FIRST/$first/; s/@LAST/$last/" "$here/generate-h2.sql"
        done
        echo "drop table bench_employee;"
        echo "analyze;"
    } >"$work/generate.sql"
    java -Xmx1g -cp "$work"/h2-*.jar org.h2.tools.RunScript -url "jdbc:h2:file:$work/data/zongji" -user sa \
        -script "$work/generate.sql"
else
    psql -q -v ON_ERROR_STOP=1 -v rows="$ROWS" -d "$PG_DB" -f "$here/generate-postgres.sql"
fi
printf 'generated %d CDRs in %.0f s\n' "$ROWS" "$(echo "$(date +%s.%N) - $t0" | bc)"

start_engine "-Xmx$XMX" "-Xlog:gc:file=$work/gc.log:uptime"
jcmd "$engine_pid" GC.run >/dev/null
echo "engine idle after start (after a full GC): $(heap_used) MB of -Xmx$XMX"

# 1. Timed, untouched: the heap sampled by jstat, the GC log read for the export's span.
jstat -gc "$engine_pid" 250 >"$work/jstat.log" &
sampler_pid=$!
export_from=$(uptime_seconds)
download 1
kill "$sampler_pid"; sampler_pid=
# Used heap = survivor + eden + old generation, in KB, whatever the column order of this JDK's jstat.
peak=$(awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
            $1 ~ /^[0-9]/ { used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (used > max) max = used }
            END { printf "%d", max / 1024 }' "$work/jstat.log")
# Heap left after each young GC during the export; old garbage not yet collected included.
after_young=$(awk -v from="$export_from" '{ t = $1; gsub(/[\[\]s]/, "", t) }
        t + 0 >= from + 0 && /Pause Young/ && match($0, /->[0-9]+M/) { print substr($0, RSTART + 2, RLENGTH - 3) + 0 }' \
    "$work/gc.log" | sort -n | awk '{ v[NR] = $1 } END { printf "median %s MB, max %s MB, %d GCs", v[int((NR + 1) / 2)], v[NR], NR }')
echo "  heap: peak used $peak MB (jstat every 250 ms); after young GCs $after_young; full GCs: $(full_gcs_since "$export_from")"

# 2. The same export with a full GC forced every LIVE_EVERY seconds: what each leaves is the live data.
live_from=$(uptime_seconds)
( while sleep "${LIVE_EVERY:-10}"; do jcmd "$engine_pid" GC.run >/dev/null; done ) &
sampler_pid=$!
download 2
kill "$sampler_pid"; sampler_pid=
live=$(awk -v from="$live_from" '{ t = $1; gsub(/[\[\]s]/, "", t) }
        t + 0 >= from + 0 && /Pause Full/ && match($0, /->[0-9]+M/) { print substr($0, RSTART + 2, RLENGTH - 3) + 0 }' \
    "$work/gc.log" | paste -sd' ')
echo "  live heap after the forced full GCs during the export: $live MB"
