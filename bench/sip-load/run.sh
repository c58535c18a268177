#!/usr/bin/env bash
# Call set-up under load: the packaged engine against sipp. See bench/sip-load/README.md.
#
#   bench/sip-load/run.sh inbound  [rate ...]   sipp calls 02787654321 at each rate (calls/s) for STEP_SECONDS,
#                                               stops after the first step with failed calls
#   bench/sip-load/run.sh outbound [rate ...]   Driver.java posts /api/calls as liuli at each rate, sipp is the trunk
#   bench/sip-load/run.sh hold     [calls]      that many inbound calls held open at once (IVR -> manual service ->
#                                               bridged to the trunk), then heap, CPU and a set-up probe
#   bench/sip-load/run.sh compare  [rate ...]   the signalling ceiling: the same sipp caller against Kamailio doing a
#                                               stateful forward to the same sipp trunk (KAMAILIO_RATES), then the
#                                               engine's inbound steps (rates); Zongji's best rate as a ratio of it
#   bench/sip-load/run.sh overload [rate]       rate (80) calls/s for STEP_SECONDS, 503 an expected outcome: admitted
#                                               calls/s and their set-up times, 503s and Retry-After, other failures;
#                                               then PROBE_RATE for PROBE_SECONDS (20) after Retry-After: recovered?
#
# Needs: ./mvnw -B -q install -DskipTests (adapters/app/target/zongji.jar), JDK 17 (java, jcmd), sipp, curl;
#   for DB=postgres, psql and a PostgreSQL that trusts PGUSER.
# Environment: DB (h2, or postgres: a fresh database DB_NAME (zongji_bench) on PGHOST:PGPORT (127.0.0.1:5432) as
#   PGUSER (postgres), dropped at the end unless KEEP_DB=1), STEP_SECONDS (20),
#   KAMAILIO_RATES (compare: 100 200 400 800 1600 3200), KAMAILIO_PORT (15090), KAMAILIO_CHILDREN (1), HOLD_MS (1000; outbound 3000),
#   HISTORY_LEVEL (unset = the shipped "full-except-calls"), HOLD_RATE (hold: 20 calls/s), HOLD_SECONDS (placing time + 90),
#   PROBE_RATE (20), PROBE_SECONDS (overload: 20), THREAD_DUMPS (n dumps mid-step), JAVA_OPTS,
#   PROFILE (1 = JFR per step, hot methods listed), ZONGJI_JAR (another jar),
#   FOLLOW (outbound: trunk = set-up times from the trunk's log, or events = from /api/calls/events),
#   ports SIP_PORT (15060), HTTP_PORT (18080), TRUNK_PORT (15080), UAC_PORT (15070; the probe uses +2);
#   RTP: engine 40000-49998 (hold: 40000 + 4 ports a held call + 2000, at most 65534), sipp 36000/36100/37000.
# Takes /tmp/zongji-it.lock for the whole run, as the ITs do.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# shellcheck source=../lib.sh
. "$root/bench/lib.sh"
bench_lock "$0" "$@"
mode=${1:-}
shift || true
case "$mode" in
    inbound) rates=("${@:-20 50 100 200 400 600 800}") ;;
    outbound) rates=("${@:-5 10 20 50 100 200}") ;;
    hold) rates=("${1:-1000}") ;;
    compare) rates=("${@:-20 50 100 200 400 600 800}") ;;
    overload) rates=("${1:-80}") ;;
    *) sed -n '2,28p' "$0" >&2; exit 2 ;;
esac
read -r -a rates <<<"${rates[*]}"

STEP_SECONDS=${STEP_SECONDS:-20}
# Outbound calls are hung up HOLD_MS after the POST returned, so there it must also cover set-up.
[ "$mode" = outbound ] && HOLD_MS=${HOLD_MS:-3000}
HOLD_MS=${HOLD_MS:-1000}
# Held calls are placed below the set-up capacity (~30-40 calls/s), so that none is refused, and stay until all
# are placed and measured.
HOLD_RATE=${HOLD_RATE:-20}
[ "$mode" = hold ] && HOLD_SECONDS=${HOLD_SECONDS:-$(( ${rates[0]} / HOLD_RATE + 90 ))}
PROBE_RATE=${PROBE_RATE:-20}
PROBE_SECONDS=${PROBE_SECONDS:-20}
DB_NAME=${DB_NAME:-zongji_bench}
SIP_PORT=${SIP_PORT:-15060}
HTTP_PORT=${HTTP_PORT:-18080}
TRUNK_PORT=${TRUNK_PORT:-15080}
UAC_PORT=${UAC_PORT:-15070}
KAMAILIO_PORT=${KAMAILIO_PORT:-15090}
read -r -a kamailio_rates <<<"${KAMAILIO_RATES:-100 200 400 800 1600 3200}"
OFFICE=02787654321
base=http://127.0.0.1:$HTTP_PORT

work=$(mktemp -d /tmp/zongji-sipload.XXXXXX)
summary=$work/summary.md
trunk_pid=
hold_pid=
kamailio_pid=

say() { echo "$*" | tee -a "$summary"; }

cleanup() {
    for pid in $hold_pid $trunk_pid; do kill -INT "$pid" 2>/dev/null || true; done
    [ -z "$kamailio_pid" ] || kill "$kamailio_pid" 2>/dev/null || true
    bench_cleanup
    echo "work dir (logs, sipp statistics, H2 database): $work" >&2
}
trap cleanup EXIT

bench_copy_jar "$root"
jar=$bench_jar

say "# sip-load $mode $(date -u +%Y-%m-%dT%H:%MZ)"
say "- machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB;" \
    "$(java -version 2>&1 | head -1); sipp $(sipp -v 2>&1 | grep -o 'v[0-9.]*' | head -1)"
say "- engine: $jar built $(date -u -r "$jar" +%H:%MZ), repository at $(git -C "$root" rev-parse --short HEAD 2>/dev/null)," \
    "history level ${HISTORY_LEVEL:-full-except-calls (shipped)}, JAVA_OPTS='${JAVA_OPTS:-}'"
say "- database: $(bench_database)"

# MEDIA_PORT_MAX: the last RTP port the engine may use (from 40000, even ports only).
start_engine() {
    local args=(--zongji.sip.port="$SIP_PORT" --zongji.sip.trunk.port="$TRUNK_PORT"
        --zongji.calls.node-id=bench --zongji.media.port-min=40000 --zongji.media.port-max="${MEDIA_PORT_MAX:-49998}")
    [ -n "${HISTORY_LEVEL:-}" ] && args+=(--camunda.bpm.history-level="$HISTORY_LEVEL")
    bench_start_engine "${args[@]}"
    say "- engine healthy after $engine_ready_seconds s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

# Open all day every day (results must not depend on the hour the bench runs), and money for many calls.
prepare_tenant() {
    curl -fsS -u admin:admin -X PUT -H 'Content-Type: application/json' "$base/api/service-hours" \
        -d '{"opens":"00:00","closes":"23:59:59","servesWeekends":true,"servesHolidays":true}' >/dev/null
    local top_up=1000000000   # one million yuan, in thousandths
    bench_sql "
        insert into ledger_entry (enterprise_id, kind, amount_thousandths, balance_after_thousandths, reference, created_at)
            select p.enterprise_id, 'ADJUSTMENT', $top_up, p.balance_thousandths + $top_up, 'bench-top-up', current_timestamp
            from prepaid_account p join office_number o on o.enterprise_id = p.enterprise_id where o.number = '$OFFICE';
        update prepaid_account set balance_thousandths = balance_thousandths + $top_up, version = version + 1
            where enterprise_id = (select enterprise_id from office_number where number = '$OFFICE');" >/dev/null
    say "- demo enterprise: service hours 00:00-23:59:59 every day, balance $(curl -fsS -u admin:admin "$base/api/account" | grep -o '"balanceYuan":"[^"]*"')"
}

start_trunk() {
    local dir=${1:-$work/trunk}
    mkdir -p "$dir"
    (cd "$dir" && exec sipp -sf "$here/trunk-uas.xml" -i 127.0.0.1 -p "$TRUNK_PORT" -mp 37000 \
        -trace_stat -stf stat.csv -fd 1 -trace_err -trace_logs -nostdin >sipp.out 2>&1) &
    trunk_pid=$!
    sleep 1
}

stop_trunk() {
    kill -INT "$trunk_pid" 2>/dev/null || true
    wait "$trunk_pid" 2>/dev/null || true
    trunk_pid=
}

# Set-up times of one outbound step: Driver's POST times joined with the trunk's answer times of legs A and B.
# A call counts as set up when its leg B was answered within 10 s of the POST.
trunk_join() {
    local step=$1 rate=$2 calls
    calls=$(( rate * STEP_SECONDS ))
    cat "$step"/trunk/*_logs.log >"$step/trunk-answers.txt" 2>/dev/null || true
    awk -F';' -v calls="$calls" -v out="$step" '
        NR == FNR { n = split($3, f, "\t"); at[$1 "/" $2] = f[n]; next }
        $3 == 201 {
            created++
            if (($1 "/A") in at) print (at[$1 "/A"] - $2) * 1000 > (out "/setup-a.txt")
            if (($1 "/B") in at && (at[$1 "/B"] - $2) * 1000 <= 10000) { ok++; print (at[$1 "/B"] - $2) * 1000 > (out "/setup-b.txt") }
        }
        END { printf "trunk: created=%d leg_b_answered=%d failed=%d\n", created, ok, calls - ok }
    ' "$step/trunk-answers.txt" "$step/calls.csv" | tee "$step/join.txt"
    printf 'POST -> leg A answered ms: %s\n' "$(percentiles "$step/setup-a.txt")"
    printf 'POST -> leg B answered ms (set-up): %s\n' "$(percentiles "$step/setup-b.txt")"
}

percentiles() {
    [ -s "$1" ] || { echo "n=0"; return; }
    sort -g "$1" | awk '{ t[NR] = $1 } END { printf "n=%d p50=%.1f p99=%.1f max=%.1f", NR, t[int(NR*0.50+0.999)], t[int(NR*0.99+0.999)], t[NR] }'
}

# Callers 13600000000.. (not the demo contact 13807100077, whose calls smart routing would treat specially).
write_callers() {
    { echo SEQUENTIAL; seq 13600000000 13600099999; } >"$work/callers.csv"
}

stat_value() { # stat.csv column -> value on the last line
    awk -F';' -v col="$2" 'NR==1{for(i=1;i<=NF;i++) if($i==col) c=i} END{print $c}' "$1"
}

# Percentiles and rate of the INVITE->200 response times in a sipp rtt file (ms;ms;rtd lines).
rtt_summary() {
    local file=$1
    [ -s "$file" ] || { echo "n=0"; return; }
    grep -E '^[0-9]' "$file" | cut -d';' -f1,2 | sort -t';' -k2 -g | awk -F';' '
        { t[NR]=$2; if (min==""||$1<min) min=$1; if ($1>max) max=$1 }
        END { p50=t[int(NR*0.50+0.999)]; p99=t[int(NR*0.99+0.999)]
              printf "n=%d p50=%.1f p99=%.1f max=%.1f answered_per_s=%.1f", NR, p50, p99, t[NR], (max>min ? (NR-1)*1000/(max-min) : 0) }'
}

# One inbound step: rate calls/s for seconds, each held hold_ms. Prints a table row; returns 1 on failed calls.
inbound_step() {
    local rate=$1 seconds=$2 hold=$3 name=$4 port=${5:-$UAC_PORT} media=${6:-36000} target=${7:-$SIP_PORT}
    local dir=$work/$name calls=$(( $1 * $2 )) rc=0
    mkdir -p "$dir"
    (cd "$dir" && exec sipp 127.0.0.1:"$target" -sf "$here/inbound-uac.xml" -inf "$work/callers.csv" -s "$OFFICE" \
        -i 127.0.0.1 -p "$port" -mp "$media" -r "$rate" -rp 1000 -m "$calls" -l $(( rate * (hold / 1000 + 15) )) \
        -d "$hold" -recv_timeout 10000 -timeout $(( seconds + hold / 1000 + 60 )) \
        -trace_stat -stf stat.csv -fd 1 -trace_rtt -rtt_freq 1 -trace_err -nostdin >sipp.out 2>&1) &
    local sipp_pid=$! usage
    usage=$(engine_usage_start)
    profile_start
    [ -z "${THREAD_DUMPS:-}" ] || sample_threads "$dir" $(( seconds / 2 ))
    wait "$sipp_pid" || rc=$?
    usage=$(engine_usage_end "$usage")
    local ok failed retrans
    ok=$(stat_value "$dir/stat.csv" 'SuccessfulCall(C)')
    failed=$(stat_value "$dir/stat.csv" 'FailedCall(C)')
    retrans=$(stat_value "$dir/stat.csv" 'Retransmissions(C)')
    local rtt
    rtt=$(rtt_summary "$(ls "$dir"/*_rtt.csv 2>/dev/null | head -1)")
    say "| $name | $rate | $calls | $ok | $failed | $retrans | $rtt | $usage | $(cut -d' ' -f1 /proc/loadavg) |"
    [ "${failed:-0}" = 0 ] || say "  - $name failures: $(failure_reasons "$dir")"
    profile_stop "$dir"
    [ "${failed:-1}" = 0 ] && [ "$ok" = "$calls" ]
}

# One overload step: rate calls/s for seconds with a 503 an expected outcome (overload-uac.xml). Calls that were
# neither answered nor turned away with 503 are the failures.
overload_step() {
    local rate=$1 seconds=$2 name=$3 dir=$work/$3 calls=$(( $1 * $2 ))
    mkdir -p "$dir"
    (cd "$dir" && exec sipp 127.0.0.1:"$SIP_PORT" -sf "$here/overload-uac.xml" -inf "$work/callers.csv" -s "$OFFICE" \
        -i 127.0.0.1 -p "$UAC_PORT" -mp 36000 -r "$rate" -rp 1000 -m "$calls" -l $(( rate * (HOLD_MS / 1000 + 15) )) \
        -d "$HOLD_MS" -recv_timeout 10000 -timeout $(( seconds + HOLD_MS / 1000 + 60 )) \
        -trace_stat -stf stat.csv -fd 1 -trace_rtt -rtt_freq 1 -trace_err -trace_logs -nostdin >sipp.out 2>&1) &
    local sipp_pid=$! t0 t1
    t0=$(engine_cpu_ticks "$(java_pid)")
    profile_start
    wait "$sipp_pid" || true
    t1=$(engine_cpu_ticks "$(java_pid)")
    local ended failed refused answered_rtt retry_after
    ended=$(stat_value "$dir/stat.csv" 'SuccessfulCall(C)')
    failed=$(stat_value "$dir/stat.csv" 'FailedCall(C)')
    refused=$(cat "$dir"/*_logs.log 2>/dev/null | grep -c '^503 retry-after' || true)
    retry_after=$(cat "$dir"/*_logs.log 2>/dev/null | sed -n 's/^503 retry-after \(.*\)/\1/p' | sort | uniq -c \
        | awk '{printf "%s%s s ×%d", sep, ($2 == "" ? "none" : $2), $1; sep=", "}')
    answered_rtt=$(rtt_summary "$(ls "$dir"/*_rtt.csv 2>/dev/null | head -1)")
    say "| $name | $rate | $calls | $(( ended - refused )) | $answered_rtt | $refused (Retry-After ${retry_after:-n/a}) | $failed | $(( (t1 - t0) * 100 / $(getconf CLK_TCK) / seconds )) % | $(cut -d' ' -f1 /proc/loadavg) |"
    [ "${failed:-0}" = 0 ] || say "  - $name failures other than 503: $(failure_reasons "$dir")"
    profile_stop "$dir"
    step_refused=$refused step_failed=${failed:-?}
}

# What sipp's error log says went wrong, counted: responses it did not expect, timeouts, retransmissions exhausted.
failure_reasons() {
    cat "$1"/*_errors.log 2>/dev/null | grep -oE "received 'SIP/2.0 [0-9]+ [^']*|[Tt]ime ?out[a-z ]*|retrans[a-z ]*|unexpected message [a-z ]*while expecting '[0-9A-Z]+'" \
        | sed "s/received 'SIP\/2.0 /got /" | sort | uniq -c | sort -rn | head -5 | awk '{c=$1; $1=""; printf "%s%d×%s", sep, c, $0; sep="; "}'
}

# THREAD_DUMPS=n: n thread dumps, one a second, from the middle of a step, for finding what dominates.
sample_threads() {
    sleep "$2"
    local jpid i
    jpid=$(java_pid)
    for i in $(seq 1 "$THREAD_DUMPS"); do
        jcmd "$jpid" Thread.print >"$1/threads-$i.txt" 2>&1 || true
        sleep 1
    done
}

# PROFILE=1: a JFR recording per step and the methods most often on top of the stack in its CPU samples.
profile_start() {
    [ -n "${PROFILE:-}" ] || return 0
    jcmd "$(java_pid)" JFR.start name=step settings=profile >/dev/null
}

profile_stop() {
    [ -n "${PROFILE:-}" ] || return 0
    jcmd "$(java_pid)" JFR.stop name=step filename="$1/profile.jfr" >/dev/null
    jfr print --events jdk.ExecutionSample "$1/profile.jfr" | awk '
        /stackTrace = \[/ { getline; f = $0; gsub(/^[ \t]+/, "", f); sub(/[ \t]+line:.*/, "", f); top[f]++; n++ }
        END { for (f in top) printf "%5.1f%% %s\n", 100 * top[f] / n, f }' | sort -rn | head -20 >"$1/hot-methods.txt"
    say "  - $(basename "$1") CPU samples, top of stack: $(head -3 "$1/hot-methods.txt" | sed 's/(.*//' | paste -sd';' | sed 's/;/; /g')"
}

# Kamailio as a plain stateful proxy: every new request is forwarded by tm to the sipp trunk, dialogs are
# record-routed through it. The same caller, trunk and rates as the engine gets: the machine's signalling ceiling.
start_kamailio() {
    command -v kamailio >/dev/null || { echo "kamailio missing: apt-get install kamailio" >&2; exit 1; }
    local modules
    modules=$(dirname "$(find /usr/lib -name tm.so -path '*kamailio*' | head -1)")
    # One UDP worker by default: with two, a 180 and the 200 behind it can overtake each other between the
    # workers, and sipp aborts a call that gets its 180 after its 200 (a few per 10 000 at 400 calls/s).
    cat >"$work/kamailio.cfg" <<CFG
#!KAMAILIO
debug=0
log_stderror=yes
children=${KAMAILIO_CHILDREN:-1}
listen=udp:127.0.0.1:$KAMAILIO_PORT
mpath="$modules"
loadmodule "tm.so"
loadmodule "sl.so"
loadmodule "rr.so"
loadmodule "pv.so"
loadmodule "maxfwd.so"
loadmodule "siputils.so"
loadmodule "textops.so"
request_route {
    if (!mf_process_maxfwd_header("10")) { sl_send_reply("483", "Too Many Hops"); exit; }
    if (has_totag()) {
        if (loose_route() || is_method("ACK|BYE")) { t_relay(); }
        exit;
    }
    if (is_method("CANCEL")) { if (t_check_trans()) { t_relay(); } exit; }
    if (is_method("INVITE")) { record_route(); }
    \$du = "sip:127.0.0.1:$TRUNK_PORT";
    if (!t_relay()) { sl_reply_error(); }
}
CFG
    kamailio -f "$work/kamailio.cfg" -DD -E -m 512 -M 32 >"$work/kamailio.log" 2>&1 &
    kamailio_pid=$!
    sleep 2
    kill -0 "$kamailio_pid" 2>/dev/null || { echo "kamailio did not start, see $work/kamailio.log" >&2; exit 1; }
    say "- $(kamailio -v 2>/dev/null | head -1), ${KAMAILIO_CHILDREN:-1} UDP worker(s), stateful forward (tm) to the sipp trunk"
}

stop_kamailio() {
    kill "$kamailio_pid" 2>/dev/null || true
    wait "$kamailio_pid" 2>/dev/null || true
    kamailio_pid=
}

engine_cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# The engine's CPU over a step (% of one core) and its heap in use at the end (no forced GC): "pid ticks seconds"
# from engine_usage_start, the figures from engine_usage_end; "-" where no engine runs (Kamailio's steps).
engine_usage_start() {
    local jpid
    jpid=$(java_pid)
    if [ -n "$jpid" ]; then echo "$jpid $(engine_cpu_ticks "$jpid") $SECONDS"; fi
}

engine_usage_end() {
    local jpid t0 s0
    read -r jpid t0 s0 <<<"$1"
    if [ -z "${jpid:-}" ] || ! kill -0 "$jpid" 2>/dev/null; then echo "-"; return; fi
    local t1 elapsed=$(( SECONDS - s0 > 0 ? SECONDS - s0 : 1 ))
    t1=$(engine_cpu_ticks "$jpid")
    printf '%d %% of a core, %s' $(( (t1 - t0) * 100 / $(getconf CLK_TCK) / elapsed )) \
        "$(jcmd "$jpid" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | awk '{ printf "%d MB", $2 / 1024 }')"
}

java_pid() { pgrep -f "zongji.jar --server.port=$HTTP_PORT" | head -1; }

case "$mode" in
inbound)
    write_callers
    start_engine
    prepare_tenant
    start_trunk
    say ""
    say "| step | offered calls/s | calls | ok | failed | retransmissions | INVITE->200 ms | engine CPU, heap in use | load after |"
    say "|---|---|---|---|---|---|---|---|---|"
    best=0
    for rate in "${rates[@]}"; do
        if inbound_step "$rate" "$STEP_SECONDS" "$HOLD_MS" "inbound-$rate"; then best=$rate; else break; fi
        sleep 5
    done
    say ""
    say "highest offered rate with 0 failed calls over $STEP_SECONDS s: $best calls/s"
    ;;
outbound)
    start_engine
    prepare_tenant
    best=0
    for rate in "${rates[@]}"; do
        say ""
        say "## outbound $rate calls/s for $STEP_SECONDS s, hold $HOLD_MS ms, following ${FOLLOW:-trunk}"
        step=$work/outbound-$rate
        mkdir -p "$step/trunk"
        start_trunk "$step/trunk"
        follow=none
        [ "${FOLLOW:-trunk}" = events ] && follow=events
        java "$here/Driver.java" --base "$base" --rate "$rate" --seconds "$STEP_SECONDS" --hold-ms "$HOLD_MS" \
            --follow "$follow" --calls-out "$step/calls.csv" --first-number $((13900000000 + rate * 100000)) \
            >"$step/driver.txt" 2>&1 &
        driver_pid=$!
        usage=$(engine_usage_start)
        profile_start
        [ -z "${THREAD_DUMPS:-}" ] || sample_threads "$step" $(( STEP_SECONDS / 2 ))
        wait "$driver_pid" || true
        usage=$(engine_usage_end "$usage")
        sleep 2
        stop_trunk
        tee -a "$summary" <"$step/driver.txt"
        profile_stop "$step"
        if [ "$follow" = none ]; then
            trunk_join "$step" "$rate" | tee -a "$summary"
        fi
        say "engine during the step: $usage; load average after the step: $(cut -d' ' -f1 /proc/loadavg)"
        result=$step/driver.txt
        [ "$follow" = none ] && result=$step/join.txt
        grep -qE ' failed=0( |$)' "$result" || break
        best=$rate
        sleep 5
    done
    say ""
    say "highest offered rate with 0 failed calls over $STEP_SECONDS s: $best calls/s"
    ;;
compare)
    write_callers
    start_trunk
    start_kamailio
    say ""
    say "| step | offered calls/s | calls | ok | failed | retransmissions | INVITE->200 ms | engine CPU, heap in use | load after |"
    say "|---|---|---|---|---|---|---|---|---|"
    ceiling=0
    for rate in "${kamailio_rates[@]}"; do
        if inbound_step "$rate" "$STEP_SECONDS" "$HOLD_MS" "kamailio-$rate" "$UAC_PORT" 36000 "$KAMAILIO_PORT"; then ceiling=$rate; else break; fi
        sleep 5
    done
    stop_kamailio
    start_engine
    prepare_tenant
    best=0
    for rate in "${rates[@]}"; do
        if inbound_step "$rate" "$STEP_SECONDS" "$HOLD_MS" "inbound-$rate"; then best=$rate; else break; fi
        sleep 5
    done
    say ""
    say "highest offered rate with 0 failed calls over $STEP_SECONDS s: Kamailio $ceiling calls/s, Zongji $best calls/s"
    say "Zongji as a share of the signalling ceiling: $(awk -v z="$best" -v k="$ceiling" 'BEGIN { if (k > 0) printf "%.1f %%", 100 * z / k; else print "n/a" }')"
    ;;
overload)
    rate=${rates[0]}
    write_callers
    start_engine
    prepare_tenant
    start_trunk
    say "- admission: $(grep -o 'zongji.sip.overload[^ ]*' <<<"${JAVA_OPTS:-}" | paste -sd' ' || true) (unset = shipped defaults)"
    say ""
    say "| step | offered calls/s | calls | answered | INVITE->200 ms of answered calls | 503 | other failures | engine CPU (of one core) | load after |"
    say "|---|---|---|---|---|---|---|---|---|"
    overload_step "$rate" "$STEP_SECONDS" "overload-$rate"
    # The callers told to come back after Retry-After do; the probe shows whether set-up is fast again.
    sleep "${RETRY_AFTER_SECONDS:-5}"
    overload_step "$PROBE_RATE" "$PROBE_SECONDS" "probe-after-$PROBE_RATE"
    say ""
    if [ "$step_refused" = 0 ] && [ "$step_failed" = 0 ]; then
        say "recovered: yes, the probe step had neither 503s nor failed calls"
    else
        say "recovered: NO, the probe step had $step_refused 503s and $step_failed failed calls"
    fi
    ;;
hold)
    calls=${rates[0]}
    # Each held call has two media sessions (the caller's and the trunk's), each on an even RTP port with the odd
    # one next to it left for RTCP.
    MEDIA_PORT_MAX=$(( 40000 + 4 * calls + 2000 ))
    [ "$MEDIA_PORT_MAX" -le 65534 ] || { echo "$calls held calls need RTP ports beyond 65534" >&2; exit 2; }
    # A socket per RTP port, the JVM's own files and sipp's: raise the open-file limit as far as allowed.
    ulimit -n "$(( 4 * calls + 4096 ))" 2>/dev/null || ulimit -n "$(ulimit -Hn)"
    say "- held calls: $calls placed at $HOLD_RATE calls/s, each held $HOLD_SECONDS s; engine RTP 40000-$MEDIA_PORT_MAX; open files $(ulimit -n)"
    write_callers
    start_engine
    prepare_tenant
    start_trunk
    jpid=$(java_pid)
    jcmd "$jpid" GC.run >/dev/null
    say "- idle engine: heap after full GC $(jcmd "$jpid" GC.heap_info | grep -oE 'used [0-9]+K' | head -1), threads $(jcmd "$jpid" Thread.print | grep -c '^"')"
    mkdir -p "$work/hold"
    (cd "$work/hold" && exec sipp 127.0.0.1:"$SIP_PORT" -sf "$here/inbound-uac.xml" -inf "$work/callers.csv" -s "$OFFICE" \
        -i 127.0.0.1 -p "$UAC_PORT" -mp 36000 -r "$HOLD_RATE" -rp 1000 -m "$calls" -l "$calls" -d $(( HOLD_SECONDS * 1000 )) \
        -recv_timeout 20000 -timeout $(( calls / HOLD_RATE + HOLD_SECONDS + 120 )) \
        -trace_stat -stf stat.csv -fd 1 -trace_rtt -rtt_freq 1 -trace_err -nostdin >sipp.out 2>&1) &
    hold_pid=$!
    # All placed, past the IVR's 5 s first-digit timeout and bridged to manual service through the trunk.
    sleep $(( calls / HOLD_RATE + 15 ))
    say "- held: sipp open calls $(stat_value "$work/hold/stat.csv" 'CurrentCall'), successful so far $(stat_value "$work/hold/stat.csv" 'SuccessfulCall(C)'), failed $(stat_value "$work/hold/stat.csv" 'FailedCall(C)'); trunk legs open $(stat_value "$work/trunk/stat.csv" 'CurrentCall')"
    t0=$(engine_cpu_ticks "$jpid"); sleep 10; t1=$(engine_cpu_ticks "$jpid")
    say "- engine CPU while $calls calls are held (10 s): $(( (t1 - t0) * 100 / $(getconf CLK_TCK) / 10 )) % of one core"
    say "- heap in use now: $(jcmd "$jpid" GC.heap_info | grep -oE 'used [0-9]+K' | head -1); threads $(jcmd "$jpid" Thread.print | grep -c '^"')"
    jcmd "$jpid" Thread.print >"$work/threads-held.txt"
    jcmd "$jpid" GC.run >/dev/null
    say "- heap after full GC with $calls calls held: $(jcmd "$jpid" GC.heap_info | grep -oE 'used [0-9]+K' | head -1)"
    say ""
    say "| step | offered calls/s | calls | ok | failed | retransmissions | INVITE->200 ms | engine CPU, heap in use | load after |"
    say "|---|---|---|---|---|---|---|---|---|"
    t0=$(engine_cpu_ticks "$jpid")
    inbound_step "$PROBE_RATE" 10 "$HOLD_MS" "probe-while-held" $((UAC_PORT + 2)) 36100 || true
    t1=$(engine_cpu_ticks "$jpid")
    say "- engine CPU during the probe: $(( (t1 - t0) * 100 / $(getconf CLK_TCK) / 11 )) % of one core"
    wait "$hold_pid" || true
    hold_pid=
    say ""
    say "held calls: ok $(stat_value "$work/hold/stat.csv" 'SuccessfulCall(C)'), failed $(stat_value "$work/hold/stat.csv" 'FailedCall(C)'), set-up $(rtt_summary "$(ls "$work"/hold/*_rtt.csv | head -1)")"
    ;;
esac
