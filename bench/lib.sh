# Shared by the benchmarks that run the packaged engine (bench/sip-load, bench/sip-fuzz); sourced, not run.
#
# A script sets work (its temp dir), summary, HTTP_PORT and DB_NAME, defines say(), calls bench_lock "$0" "$@"
# first, then bench_copy_jar, bench_start_engine <engine args> and bench_cleanup from its EXIT trap.
# DB=h2 (default): a file database in the work dir, AUTO_SERVER so that bench_sql reaches it while the engine
# runs. DB=postgres: the "postgres" profile on a database DB_NAME created afresh on PGHOST:PGPORT (127.0.0.1:5432,
# user PGUSER postgres) and dropped at the end unless KEEP_DB=1; the demo tenant and sample pools are seeded.

DB=${DB:-h2}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGOPTIONS=${PGOPTIONS:---client-min-messages=warning}
engine_pid=

# Runs the calling script again under /tmp/zongji-it.lock, which the ITs take too, unless it already holds it.
bench_lock() {
    if [ -z "${ZONGJI_BENCH_LOCKED:-}" ]; then
        exec env ZONGJI_BENCH_LOCKED=1 flock /tmp/zongji-it.lock "$@"
    fi
}

# A copy of the jar (ZONGJI_JAR or the module's), so that a rebuild during the run changes nothing; and its H2.
bench_copy_jar() {
    local root=$1
    bench_jar=${ZONGJI_JAR:-$root/adapters/app/target/zongji.jar}
    cp "$bench_jar" "$work/zongji.jar"
    (cd "$work" && unzip -q -j -o zongji.jar 'BOOT-INF/lib/h2-*.jar' && mv h2-*.jar h2.jar)
}

bench_database() {
    case "$DB" in
        h2) echo "H2 file database in the work dir" ;;
        postgres) echo "PostgreSQL $(psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -Atc 'show server_version' postgres) database $DB_NAME on $PGHOST:$PGPORT" ;;
        *) echo "DB must be h2 or postgres, not $DB" >&2; exit 2 ;;
    esac
}

# Starts the engine in the work dir with the given arguments and waits until it is healthy (at most 600 s).
bench_start_engine() {
    local db_args=("--spring.datasource.url=jdbc:h2:file:./data/zongji;AUTO_SERVER=TRUE")
    local env=()
    if [ "$DB" = postgres ]; then
        psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -q -c "drop database if exists $DB_NAME" postgres
        psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -q -c "create database $DB_NAME" postgres
        bench_db_created=1
        db_args=(--spring.profiles.active=postgres)
        env=(ZONGJI_DB_HOST="$PGHOST" ZONGJI_DB_PORT="$PGPORT" ZONGJI_DB_NAME="$DB_NAME" ZONGJI_DB_USER="$PGUSER"
            ZONGJI_DEMO=true ZONGJI_NUMBER_POOLS=classpath:pools/sample-pools.csv)
    fi
    # shellcheck disable=SC2086
    (cd "$work" && exec env "${env[@]}" java ${JAVA_OPTS:-} -jar zongji.jar --server.port="$HTTP_PORT" "$@" \
        "${db_args[@]}" >engine.log 2>&1) &
    engine_pid=$!
    local t0=$SECONDS
    until curl -fs "http://127.0.0.1:$HTTP_PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
        kill -0 "$engine_pid" 2>/dev/null || { echo "engine died, see $work/engine.log" >&2; exit 1; }
        [ $((SECONDS - t0)) -lt 600 ] || { echo "engine not healthy after 600 s" >&2; exit 1; }
        sleep 0.5
    done
    engine_ready_seconds=$((SECONDS - t0))
}

# SQL against the engine's database while it runs; prints the first column of the first row, if any.
bench_sql() {
    if [ "$DB" = postgres ]; then
        psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -v ON_ERROR_STOP=1 -Atq -c "$1" "$DB_NAME" | head -1 | cut -d'|' -f1
    else
        java -cp "$work/h2.jar" org.h2.tools.Shell -url "jdbc:h2:file:$work/data/zongji;AUTO_SERVER=TRUE" \
            -user sa -password '' -sql "$1" | sed -n '2p' | cut -d'|' -f1 | tr -d ' '
    fi
}

bench_stop_engine() {
    if [ -n "$engine_pid" ]; then
        kill "$engine_pid" 2>/dev/null || true
        wait "$engine_pid" 2>/dev/null || true
        engine_pid=
    fi
}

bench_cleanup() {
    bench_stop_engine
    if [ -n "${bench_db_created:-}" ] && [ -z "${KEEP_DB:-}" ]; then
        psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -q -c "drop database if exists $DB_NAME" postgres || true
    fi
}
