package com.zongji.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zongji.sip.Sipp;
import com.zongji.support.FreePorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 under load, five times in one run. The packaged engine places callback calls (sipp answers both
 * legs as the trunk, the callee hangs up after 2 s) while a client keeps starting new ones; the test notes
 * which calls the engine reported ended, kills the process mid-load, restarts it on the same database and
 * checks: every call reported ended still has its CDR with the same duration and cost, every charged call
 * has exactly one ledger charge equal to its cost, no call is left open, and every balance equals the sum
 * of its entries. The number of kills is `-Dzongji.crash.kills` (default 5) for longer runs. CI runs it on
 * PostgreSQL; `-Dit.test=CrashRecoveryIT -DskipPostgresITs` runs it on an H2 file.
 */
class CrashRecoveryIT {

    private static final int KILLS = Integer.getInteger("zongji.crash.kills", 5);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<Long, JsonNode> reportedEnded = new ConcurrentHashMap<>();
    private final Set<Long> placed = ConcurrentHashMap.newKeySet();
    private final Random random = new Random(4475);

    @Test
    void endedCallsKeepTheirRecordsAndChargesThroughRepeatedKills() throws Exception {
        int httpPort = FreePorts.udpAndTcp();
        int trunkPort = FreePorts.udpAndTcp();
        Path log = Files.createDirectories(Path.of("target", "crash")).resolve("engine-" + database().name() + ".log");
        Files.deleteIfExists(log);
        List<String> arguments = engineArguments(trunkPort);
        try (Sipp.Running trunk = Sipp.scenario("trunk-answer").calls(100_000).timeout(Duration.ofMinutes(20)).uas(trunkPort)) {
            for (int kill = 1; kill <= KILLS; kill++) {
                EngineProcess engine = EngineProcess.start(httpPort, arguments, log);
                checkNothingWasLost(kill - 1);
                if (kill == 1) {
                    allowLiuliMinutes(engine);
                }
                ScheduledExecutorService load = placeCallsContinuously(engine);
                Thread.sleep(4_000 + random.nextInt(4_000));
                noteEndedCalls(engine);
                Thread.sleep(random.nextInt(1_000));
                engine.kill();
                load.shutdownNow();
                load.awaitTermination(10, TimeUnit.SECONDS);
            }
            try (EngineProcess engine = EngineProcess.start(httpPort, arguments, log)) {
                checkNothingWasLost(KILLS);
            }
        }
        assertThat(reportedEnded).as("calls the engine reported ended before a kill").hasSizeGreaterThan(KILLS);
    }

    private ScheduledExecutorService placeCallsContinuously(EngineProcess engine) {
        ScheduledExecutorService load = Executors.newScheduledThreadPool(3);
        for (int client = 0; client < 3; client++) {
            load.scheduleWithFixedDelay(() -> placeCall(engine), client * 100L, 300, TimeUnit.MILLISECONDS);
        }
        return load;
    }

    private void placeCall(EngineProcess engine) {
        String callee = "139" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000));
        try {
            HttpResponse<String> response = send(engine, "liuli", "POST", "/api/calls", Map.of("number", callee));
            if (response.statusCode() == 201 || response.statusCode() == 200) {
                placed.add(JSON.readTree(response.body()).get("id").asLong());
            }
        } catch (IOException | InterruptedException killedMidRequest) {
            // the engine died under this request: whatever it stored is checked after the restart
        }
    }

    /** What the engine's own API says has ended: these must survive every later kill unchanged. */
    private void noteEndedCalls(EngineProcess engine) throws IOException, InterruptedException {
        for (long id : List.copyOf(placed)) {
            if (reportedEnded.containsKey(id)) {
                continue;
            }
            HttpResponse<String> response = send(engine, "liuli", "GET", "/api/calls/" + id, null);
            JsonNode call = JSON.readTree(response.body());
            if (response.statusCode() == 200 && !Set.of("SETTING_UP", "IN_FLOW", "BRIDGED").contains(call.get("status").asText())) {
                reportedEnded.put(id, call);
            }
        }
    }

    private void checkNothingWasLost(int kills) throws SQLException, InterruptedException {
        try (Connection db = DriverManager.getConnection(database().url(), database().user(), "")) {
            awaitNoOpenCalls(db);
            for (JsonNode ended : reportedEnded.values()) {
                long id = ended.get("id").asLong();
                try (ResultSet row = query(db, "select status, duration_seconds, cost_thousandths from call_record where id = " + id)) {
                    assertThat(row.next()).as("CDR of call %d after %d kills", id, kills).isTrue();
                    assertThat(row.getString(1)).as("status of call %d", id).isEqualTo(ended.get("status").asText());
                    assertThat(row.getInt(2)).as("duration of call %d", id).isEqualTo(ended.get("durationSeconds").asInt());
                    assertThat(row.getLong(3)).as("cost of call %d", id).isEqualTo(ended.get("costThousandths").asLong());
                }
            }
            assertThat(rows(db, """
                    select c.id from call_record c where c.cost_thousandths > 0 and 1 <> (select count(*) from ledger_entry e
                      where e.kind = 'CALL_CHARGE' and e.reference = concat('call-', c.id) and e.amount_thousandths = -c.cost_thousandths)
                    """)).as("charged calls without exactly one matching ledger charge, after %d kills", kills).isEmpty();
            assertThat(rows(db, """
                    select e.id from ledger_entry e where e.kind = 'CALL_CHARGE' and not exists (select 1 from call_record c
                      where concat('call-', c.id) = e.reference and c.cost_thousandths = -e.amount_thousandths)
                    """)).as("call charges without their call's cost, after %d kills", kills).isEmpty();
            assertThat(rows(db, """
                    select a.enterprise_id from prepaid_account a where a.balance_thousandths <> (select coalesce(sum(e.amount_thousandths), 0)
                      from ledger_entry e where e.enterprise_id = a.enterprise_id)
                    """)).as("balances that differ from the sum of their entries, after %d kills", kills).isEmpty();
            assertThat(rows(db, "select id from balance_reservation where settled_at is null"))
                    .as("balance held for calls that are over, after %d kills", kills).isEmpty();
        }
    }

    /** The restarted node closes the calls it held when it died, just after it starts. */
    private static void awaitNoOpenCalls(Connection db) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        List<Long> open = rows(db, "select id from call_record where status in ('SETTING_UP', 'IN_FLOW', 'BRIDGED')");
        while (!open.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            open = rows(db, "select id from call_record where status in ('SETTING_UP', 'IN_FLOW', 'BRIDGED')");
        }
        assertThat(open).as("calls left open after the restart").isEmpty();
    }

    private void allowLiuliMinutes(EngineProcess engine) throws IOException, InterruptedException {
        long liuli = JSON.readTree(send(engine, "liuli", "GET", "/api/me", null).body()).get("employeeId").asLong();
        HttpResponse<String> quota = send(engine, "admin", "PUT", "/api/employees/" + liuli + "/quota", Map.of("minutes", 100_000));
        assertThat(quota.statusCode()).isLessThan(300);
    }

    private HttpResponse<String> send(EngineProcess engine, String user, String method, String path, Object body)
            throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(engine.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ResultSet query(Connection db, String sql) throws SQLException {
        Statement statement = db.createStatement();
        statement.closeOnCompletion();
        return statement.executeQuery(sql);
    }

    private static List<Long> rows(Connection db, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet row = query(db, sql)) {
            while (row.next()) {
                ids.add(row.getLong(1));
            }
        }
        return ids;
    }

    private List<String> engineArguments(int trunkPort) throws SQLException {
        Database database = database();
        database.recreate();
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--camunda.bpm.webapp.enabled=false",
                "--zongji.demo.enabled=true",
                "--zongji.number-pools.import=classpath:pools/sample-pools.csv",
                "--zongji.calls.node-id=crash-test-node",
                "--zongji.sip.host=127.0.0.1",
                "--zongji.sip.port=" + FreePorts.udpAndTcp(),
                "--zongji.sip.trunk.host=127.0.0.1",
                "--zongji.sip.trunk.port=" + trunkPort,
                "--zongji.media.host=127.0.0.1",
                "--zongji.media.port-min=32000",
                "--zongji.media.port-max=33998",
                "--zongji.calls.employee-ring-timeout=PT4S",
                "--zongji.calls.callee-ring-timeout=PT4S"));
        if (database.postgres()) {
            arguments.add("--spring.profiles.active=postgres");
        }
        return arguments;
    }

    /** An H2 file of its own (shared with this test through H2's auto server) or a fresh PostgreSQL database. */
    private Database database() {
        boolean postgres = Arrays.asList(System.getProperty("spring.profiles.active", "").split(",")).contains("postgres");
        return postgres
                ? new Database("postgres", "jdbc:postgresql://127.0.0.1:5432/zongji_crash", "postgres", true)
                : new Database("h2", "jdbc:h2:file:" + dataDir.resolve("zongji").toAbsolutePath() + ";AUTO_SERVER=TRUE;DB_CLOSE_ON_EXIT=FALSE", "sa", false);
    }

    private record Database(String name, String url, String user, boolean postgres) {

        void recreate() throws SQLException {
            if (!postgres) {
                return;
            }
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", user, "");
                 Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists zongji_crash with (force)");
                statement.execute("create database zongji_crash");
            }
        }
    }
}
