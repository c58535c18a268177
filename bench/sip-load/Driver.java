import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for outbound (callback) calls: posts {@code POST /api/calls} at a fixed rate as one employee,
 * follows every call on the event stream ({@code /api/calls/events}), hangs each up with
 * {@code DELETE /api/calls/{id}} a while after it is BRIDGED, and prints what it saw.
 *
 * <p>{@code --follow events} (default): set-up time = POST sent → BRIDGED event received (leg A placed,
 * answered, leg B placed, answered, bridged). A call fails when the POST is not 201, or it ends (FAILED, MISSED,
 * ENDED) before BRIDGED, or it is not BRIDGED within the timeout.
 *
 * <p>{@code --follow none}: no event stream (a console's stream serialises call changes on its socket, see
 * docs/PERFORMANCE.md); each call is hung up {@code --hold-ms} after its POST returned and the set-up time is
 * taken from the trunk's log by run.sh, joined with the lines written to {@code --calls-out}:
 * {@code callId;POST sent (epoch s);HTTP status;POST ms;BRIDGED event ms or empty}.
 *
 * <p>JDK 17 only: {@code java Driver.java --rate 20 --seconds 20}.
 */
public class Driver {

    private static final Pattern CALL_ID = Pattern.compile("\"callId\":(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"(\\w+)\"");
    private static final Pattern END_REASON = Pattern.compile("\"endReason\":\"(\\w+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    /** What happened to one call, in System.nanoTime() instants (0 = not yet). */
    static final class Call {
        volatile long posted;
        volatile long created;
        volatile int httpStatus;
        volatile long bridged;
        volatile long ended;
        volatile String endStatus;
        volatile boolean hangUpSent;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        String base = opt.getOrDefault("base", "http://127.0.0.1:18080");
        String user = opt.getOrDefault("user", "liuli");
        String password = opt.getOrDefault("password", user);
        double rate = Double.parseDouble(opt.getOrDefault("rate", "20"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "20"));
        long holdMs = Long.parseLong(opt.getOrDefault("hold-ms", "1000"));
        long timeoutMs = Long.parseLong(opt.getOrDefault("timeout-ms", "10000"));
        long firstNumber = Long.parseLong(opt.getOrDefault("first-number", "13900000000"));
        boolean followEvents = !"none".equals(opt.getOrDefault("follow", "events"));
        String callsOut = opt.get("calls-out");
        long epochNanosAtStart = System.currentTimeMillis() * 1_000_000L;
        long nanoAtStart = System.nanoTime();
        int total = (int) Math.round(rate * seconds);

        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        ExecutorService io = Executors.newFixedThreadPool(8);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(io)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);

        Map<Long, Call> byId = new ConcurrentHashMap<>();
        Map<Long, Long> bridgedAt = new ConcurrentHashMap<>();
        Map<Long, String> endedAs = new ConcurrentHashMap<>();
        List<Call> calls = new ArrayList<>(total);
        Map<String, AtomicInteger> problems = new ConcurrentHashMap<>();

        java.util.function.LongConsumer hangUpLater = id -> clock.schedule(() -> {
            Call call = byId.get(id);
            if (call == null || call.hangUpSent) {
                return;
            }
            call.hangUpSent = true;
            http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/calls/" + id)).header("Authorization", auth)
                            .DELETE().timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        if (error != null || response.statusCode() != 202) {
                            problems.computeIfAbsent("DELETE " + (error != null ? error.getClass().getSimpleName() : response.statusCode()),
                                    k -> new AtomicInteger()).incrementAndGet();
                        }
                    });
        }, holdMs, TimeUnit.MILLISECONDS);

        // The event stream first, so that no call's BRIDGED is missed.
        CountDownLatch streamOpen = new CountDownLatch(followEvents ? 1 : 0);
        if (followEvents) {
        http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/calls/events")).header("Authorization", auth)
                        .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    streamOpen.countDown();
                    response.body().forEach(line -> {
                        if (!line.startsWith("data:")) {
                            return;
                        }
                        long now = System.nanoTime();
                        Matcher id = CALL_ID.matcher(line);
                        Matcher status = STATUS.matcher(line);
                        if (!id.find() || !status.find()) {
                            return;
                        }
                        long callId = Long.parseLong(id.group(1));
                        switch (status.group(1)) {
                            case "BRIDGED" -> {
                                if (bridgedAt.putIfAbsent(callId, now) == null) {
                                    hangUpLater.accept(callId);
                                }
                            }
                            case "ENDED", "MISSED", "FAILED" -> {
                                Matcher reason = END_REASON.matcher(line);
                                endedAs.putIfAbsent(callId, status.group(1) + (reason.find() ? "/" + reason.group(1) : ""));
                            }
                            default -> {
                            }
                        }
                    });
                });
        }
        // The response (and so streamOpen) only arrives with the first event; the subscription is in place as
        // soon as the server has handled the GET, which a short pause covers.
        streamOpen.await(2, TimeUnit.SECONDS);

        long start = System.nanoTime();
        long periodNanos = (long) (1_000_000_000L / rate);
        AtomicInteger next = new AtomicInteger();
        CountDownLatch allPosted = new CountDownLatch(total);
        for (int i = 0; i < total; i++) {
            calls.add(new Call());
        }
        clock.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i >= total) {
                return;
            }
            Call call = calls.get(i);
            String body = "{\"number\":\"" + (firstNumber + i) + "\"}";
            call.posted = System.nanoTime();
            http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/calls")).header("Authorization", auth)
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        call.created = System.nanoTime();
                        if (error != null) {
                            call.httpStatus = -1;
                            problems.computeIfAbsent("POST " + error.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                        } else {
                            call.httpStatus = response.statusCode();
                            Matcher id = ID.matcher(response.body());
                            if (response.statusCode() == 201 && id.find()) {
                                long callId = Long.parseLong(id.group(1));
                                byId.put(callId, call);
                                if (bridgedAt.containsKey(callId)) {
                                    hangUpLater.accept(callId);
                                } else if (!followEvents) {
                                    clock.schedule(() -> hangUpLater.accept(callId),
                                            Math.max(0, call.posted - System.nanoTime()), TimeUnit.NANOSECONDS);
                                }
                            } else {
                                problems.computeIfAbsent("POST " + response.statusCode() + " " + abbreviate(response.body()),
                                        k -> new AtomicInteger()).incrementAndGet();
                            }
                        }
                        allPosted.countDown();
                    });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);

        allPosted.await(seconds + 60L, TimeUnit.SECONDS);
        long postingDone = System.nanoTime();
        // Every created call either bridges and is hung up, ends on its own, or times out.
        long deadline = postingDone + TimeUnit.MILLISECONDS.toNanos(followEvents ? timeoutMs + holdMs + 5000 : holdMs + 2000);
        while (followEvents && System.nanoTime() < deadline) {
            boolean open = byId.entrySet().stream().anyMatch(e -> !endedAs.containsKey(e.getKey()));
            if (!open) {
                break;
            }
            Thread.sleep(200);
        }
        while (System.nanoTime() < deadline && byId.values().stream().anyMatch(call -> !call.hangUpSent)) {
            Thread.sleep(200);
        }
        // Whatever never bridged is ended now, so the engine is left clean.
        for (Map.Entry<Long, Call> e : byId.entrySet()) {
            if (!endedAs.containsKey(e.getKey()) && !e.getValue().hangUpSent) {
                e.getValue().hangUpSent = true;
                http.send(HttpRequest.newBuilder(URI.create(base + "/api/calls/" + e.getKey())).header("Authorization", auth)
                        .DELETE().build(), HttpResponse.BodyHandlers.discarding());
            }
        }

        List<Long> setup = new ArrayList<>();
        List<Long> post = new ArrayList<>();
        long firstPost = Long.MAX_VALUE;
        long lastBridge = Long.MIN_VALUE;
        int created = 0;
        int bridged = 0;
        int late = 0;
        Map<String, Integer> notBridged = new TreeMap<>();
        for (Map.Entry<Long, Call> e : byId.entrySet()) {
            Call call = e.getValue();
            created++;
            Long b = bridgedAt.get(e.getKey());
            if (b != null && b - call.posted <= TimeUnit.MILLISECONDS.toNanos(timeoutMs)) {
                bridged++;
                setup.add(b - call.posted);
                lastBridge = Math.max(lastBridge, b);
            } else if (b != null) {
                late++;
            } else {
                notBridged.merge(endedAs.getOrDefault(e.getKey(), "still open"), 1, Integer::sum);
            }
        }
        for (Call call : calls) {
            if (call.posted != 0) {
                firstPost = Math.min(firstPost, call.posted);
            }
            if (call.created != 0) {
                post.add(call.created - call.posted);
            }
        }
        long ended = byId.keySet().stream().filter(endedAs::containsKey).count();
        int failed = total - bridged;
        double window = (lastBridge - firstPost) / 1e9;

        if (callsOut != null) {
            StringBuilder lines = new StringBuilder();
            for (Map.Entry<Long, Call> e : new TreeMap<>(byId).entrySet()) {
                Call call = e.getValue();
                Long b = bridgedAt.get(e.getKey());
                lines.append(e.getKey()).append(';')
                        .append(String.format("%.6f", (epochNanosAtStart + (call.posted - nanoAtStart)) / 1e9)).append(';')
                        .append(call.httpStatus).append(';')
                        .append(String.format("%.1f", (call.created - call.posted) / 1e6)).append(';')
                        .append(b == null ? "" : String.format("%.1f", (b - call.posted) / 1e6)).append('\n');
            }
            java.nio.file.Files.writeString(java.nio.file.Path.of(callsOut), lines);
        }
        if (!followEvents) {
            System.out.printf("offered_rate=%.1f calls=%d created=%d (set-up times from the trunk log)%n", rate, total, byId.size());
            System.out.printf("post_ms p50=%.1f p99=%.1f max=%.1f%n", pct(post, 50), pct(post, 99), pct(post, 100));
            if (!problems.isEmpty()) {
                System.out.println("problems " + new TreeMap<>(problems));
            }
            clock.shutdownNow();
            io.shutdownNow();
            System.exit(0);
        }
        System.out.printf("offered_rate=%.1f calls=%d created=%d bridged=%d failed=%d late=%d ended_seen=%d%n",
                rate, total, created, bridged, failed, late, ended);
        System.out.printf("achieved_rate=%.1f (bridged calls / first POST..last BRIDGED, %.1f s)%n",
                window > 0 ? bridged / window : 0, window);
        System.out.printf("post_ms p50=%.1f p99=%.1f max=%.1f%n", pct(post, 50), pct(post, 99), pct(post, 100));
        System.out.printf("setup_ms p50=%.1f p99=%.1f max=%.1f (POST sent -> BRIDGED event)%n",
                pct(setup, 50), pct(setup, 99), pct(setup, 100));
        if (!notBridged.isEmpty()) {
            System.out.println("not_bridged " + notBridged);
        }
        if (!problems.isEmpty()) {
            System.out.println("problems " + new TreeMap<>(problems));
        }
        clock.shutdownNow();
        io.shutdownNow();
        System.exit(0);
    }

    private static double pct(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() > 120 ? oneLine.substring(0, 120) : oneLine;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
