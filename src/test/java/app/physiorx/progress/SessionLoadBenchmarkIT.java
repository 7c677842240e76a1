package app.physiorx.progress;

import app.physiorx.support.AlertStreamClient;
import app.physiorx.support.AppInstance;
import app.physiorx.support.LoggingPatient;
import app.physiorx.support.RawInsertBench;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session logging under load (bin/bench): two packaged instances behind one PostgreSQL, real
 * Keycloak bearer tokens, wrk (Debian) as the load generator with a Lua script that sends a new
 * client UUID per request. Prints throughput and p50/p99 at 16 and 64 connections, then the alert
 * latency from the POST (instance A) that trips a rule to the event on a stream open on instance
 * B, over 1,000 alerts while the 64-connection load runs. Targets: 1,000 sessions/s with p99 under
 * 50 ms at 64 clients; alert p99 under 250 ms. Figures only, no assertions on time.
 */
class SessionLoadBenchmarkIT {
    private static final Pattern RESULT = Pattern.compile(
            "RESULT requests=(\\d+) duration_us=(\\d+) non2xx=(\\d+) socket_errors=(\\d+) p50_us=(\\d+) p99_us=(\\d+)");

    record Run(int connections, long requests, double seconds, long non2xx, long socketErrors, double p50ms, double p99ms) {
        double perSecond() {
            return requests / seconds;
        }

        String line() {
            return String.format(Locale.ROOT, "%3d connections: %7.0f sessions/s, p50 %6.2f ms, p99 %6.2f ms (%d requests in %.1f s,"
                    + " %d non-2xx, %d socket errors)", connections, perSecond(), p50ms, p99ms, requests, seconds, non2xx, socketErrors);
        }
    }

    @Test
    void sessionLoggingThroughputAndAlertLatencyAcrossTwoInstances() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 20);
        int alerts = Integer.getInteger("bench.alerts", 1000);
        Path dir = logDirectory();
        try (AppInstance a = AppInstance.start(18093); AppInstance b = AppInstance.start(18094)) {
            RestAssured.port = a.port();
            List<LoggingPatient> patients = patients(8);
            LoggingPatient flagged = LoggingPatient.of("therapist1");
            Path script = writeScript(dir.resolve("sessions.lua"), patients);

            List<Run> runs = new ArrayList<>();
            wrk(a, script, 64, Integer.getInteger("bench.warmup-seconds", 15)); // warm-up (JIT, connection pools)
            runs.add(wrk(a, script, 16, seconds));
            runs.add(wrk(a, script, 64, seconds));
            // PostgreSQL alone inserting the same row, in the same run: the ceiling the app is measured against
            LoggingPatient first = patients.getFirst();
            RawInsertBench.Result raw = RawInsertBench.run(first.id(), first.programId(), 1, exercisesJson(first), 64, seconds, dir);

            // Alert latency under the 64-connection load: POST to A, event on B's stream.
            long[] latencies;
            Run underLoad;
            try (AlertStreamClient onB = AlertStreamClient.open(b.url("/"), "therapist1")) {
                int loadSeconds = Integer.getInteger("bench.load-seconds", 60);
                Process load = wrkProcess(a, script, 64, loadSeconds);
                long loadEnds = System.nanoTime() + TimeUnit.SECONDS.toNanos(loadSeconds);
                Thread.sleep(1000);
                latencies = alertLatencies(a, flagged, onB, alerts);
                long finished = System.nanoTime();
                underLoad = parse(64, new String(load.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                load.waitFor();
                System.out.printf(Locale.ROOT, "alert run %s the load (%.1f s %s it ended)%n",
                        finished <= loadEnds ? "finished within" : "outlasted", Math.abs(loadEnds - finished) / 1e9,
                        finished <= loadEnds ? "before" : "after");
            }
            Arrays.sort(latencies);
            System.out.println();
            System.out.println("=== Session logging over HTTP (2 instances, wrk, real tokens, PostgreSQL) ===");
            runs.forEach(r -> System.out.println(r.line()));
            Run at64 = runs.get(1);
            System.out.printf(Locale.ROOT, "target at 64 clients: >= 1000 sessions/s and p99 < 50 ms -> %.2fx the throughput target,"
                    + " p99 %.2fx the latency budget%n", at64.perSecond() / 1000, at64.p99ms() / 50);
            System.out.println("PostgreSQL alone, the same row (pgbench, prepared insert): " + raw.line());
            System.out.printf(Locale.ROOT, "app at 64 connections = %.1f %% of the raw insert rate (target >= 15 %%), p99 %.1fx pgbench's"
                    + " (load average %.1f)%n", 100 * at64.perSecond() / raw.perSecond(), at64.p99ms() / raw.p99ms(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf(Locale.ROOT, "=== Alert latency, POST on instance A -> SSE event on instance B (%d alerts, 64-connection"
                    + " load running) ===%n", latencies.length);
            System.out.printf(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, max %.1f ms; target p99 < 250 ms -> %.2fx the budget%n",
                    percentile(latencies, 50), percentile(latencies, 99), latencies[latencies.length - 1] / 1e6,
                    percentile(latencies, 99) / 250);
            if (underLoad != null) {
                System.out.println("load during the latency run: " + underLoad.line());
            }
        } finally {
            RestAssured.reset();
        }
    }

    /**
     * The audit trail's cost on session logging: one instance with the trail, one without
     * (physiorx.audit.enabled=false, a switch that exists only for this measurement), the same
     * PostgreSQL, 64 connections, measured in alternation (off, on, off, on, ...) so that drift of
     * the machine falls on both. Target: under 10 % fewer sessions per second with the trail.
     */
    @Test
    void auditTrailOverheadOnSessionLogging() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 20);
        int rounds = Integer.getInteger("bench.rounds", 3);
        Path dir = logDirectory();
        try (AppInstance audited = AppInstance.start(18095); AppInstance plain = AppInstance.start(18096, "physiorx.audit.enabled=false")) {
            RestAssured.port = audited.port();
            List<LoggingPatient> patients = patients(8);
            Path script = writeScript(dir.resolve("sessions-audit.lua"), patients);
            int warmup = Integer.getInteger("bench.warmup-seconds", 15);
            wrk(plain, script, 64, warmup);
            wrk(audited, script, 64, warmup);
            List<Run> off = new ArrayList<>();
            List<Run> on = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                // fresh tokens for each pair of runs (they live 5 minutes), and the order alternates
                // (off-on, on-off, ...) so that whatever one run leaves behind (WAL, checkpoints) falls on both
                script = writeScript(dir.resolve("sessions-audit.lua"), refreshed(patients));
                if (round % 2 == 0) {
                    off.add(wrk(plain, script, 64, seconds));
                    on.add(wrk(audited, script, 64, seconds));
                } else {
                    on.add(wrk(audited, script, 64, seconds));
                    off.add(wrk(plain, script, 64, seconds));
                }
            }
            double offRate = off.stream().mapToLong(Run::requests).sum() / off.stream().mapToDouble(Run::seconds).sum();
            double onRate = on.stream().mapToLong(Run::requests).sum() / on.stream().mapToDouble(Run::seconds).sum();
            System.out.println();
            System.out.println("=== Audit trail overhead on session logging (64 connections, alternating runs) ===");
            for (int round = 0; round < rounds; round++) {
                System.out.println("without audit " + off.get(round).line());
                System.out.println("with audit    " + on.get(round).line());
            }
            System.out.printf(Locale.ROOT, "without: %.0f sessions/s, p99 median %.1f ms; with: %.0f sessions/s, p99 median %.1f ms%n",
                    offRate, median(off.stream().mapToDouble(Run::p99ms).toArray()), onRate,
                    median(on.stream().mapToDouble(Run::p99ms).toArray()));
            System.out.printf(Locale.ROOT, "with/without = %.3f -> %.1f %% throughput loss (target < 10 %%)%n", onRate / offRate,
                    (1 - onRate / offRate) * 100);
        } finally {
            RestAssured.reset();
        }
    }

    private static Path logDirectory() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("physiorx.instance-logs", "target/instances")));
    }

    /** Patients of therapist1 with a published program and a token each; wrk rotates their tokens. */
    private static List<LoggingPatient> patients(int count) {
        List<LoggingPatient> patients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            patients.add(LoggingPatient.of("therapist1"));
        }
        return patients;
    }

    private static List<LoggingPatient> refreshed(List<LoggingPatient> patients) {
        return patients.stream().map(p -> new LoggingPatient(p.id(), p.programId(), p.username(),
                app.physiorx.support.Tokens.accessToken(p.username(), app.physiorx.support.Patients.password(p.username())),
                p.items())).toList();
    }

    private static double median(double[] values) {
        Arrays.sort(values);
        return values[values.length / 2];
    }

    private static double percentile(long[] sortedNanos, int p) {
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    private static long[] alertLatencies(AppInstance a, LoggingPatient patient, AlertStreamClient stream, int count)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long[] out = new long[count];
        int received = 0;
        String pid = "\"patientId\":" + patient.id();
        for (int i = 0; i < count; i++) {
            stream.clear();
            Map<String, Object> session = patient.session(8, 8);
            String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(session);
            long start = System.nanoTime();
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(a.url("/api/me/sessions")))
                    .header("Authorization", "Bearer " + patient.token()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("alert session answered " + r.statusCode());
            }
            AlertStreamClient.Received event;
            do {
                event = stream.next(5, TimeUnit.SECONDS);
            } while (event != null && !event.data().contains(pid));
            if (event == null) {
                throw new IllegalStateException("no event for alert " + i + " within 5 s");
            }
            out[received++] = event.atNanos() - start;
            // one unresolved alert per patient: resolve it (untimed) so that the next session opens a new one
            java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"alertId\":(\\d+)").matcher(event.data());
            if (!id.find()) {
                throw new IllegalStateException("the alert event names no alert: " + event.data());
            }
            String therapist = "therapist1"; // the care team the stream on B signed in as
            HttpResponse<String> resolved = http.send(HttpRequest.newBuilder(URI.create(a.url("/api/alerts/" + id.group(1) + "/resolve")))
                    .header("Authorization", app.physiorx.support.Tokens.bearer(therapist)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"benchmark\"}")).build(), HttpResponse.BodyHandlers.ofString());
            if (resolved.statusCode() != 200) {
                throw new IllegalStateException("resolving alert " + id.group(1) + " answered " + resolved.statusCode() + ": " + resolved.body());
            }
        }
        return Arrays.copyOf(out, received);
    }

    /** The first four exercises of the patient's program as a session reports them. */
    private static String exercisesJson(LoggingPatient patient) {
        return patient.items().stream().limit(4).map(i -> String.format(Locale.ROOT,
                "{\"exerciseId\":%d,\"setsDone\":%s,\"repsDone\":%s,\"holdSeconds\":%s,\"durationSeconds\":%s,\"pain\":1,"
                        + "\"difficulty\":\"ABOUT_RIGHT\"}", ((Number) i.get("exerciseId")).longValue(), i.get("sets"), i.get("reps"),
                i.get("holdSeconds"), i.get("durationSeconds"))).collect(Collectors.joining(","));
    }

    private static Path writeScript(Path file, List<LoggingPatient> patients) throws IOException {
        LoggingPatient first = patients.getFirst();
        String exercises = exercisesJson(first);
        String tokens = patients.stream().map(p -> "\"" + p.token() + "\"").collect(Collectors.joining(",\n  "));
        String lua = """
                -- generated by SessionLoadBenchmarkIT: one new session (new client UUID) per request
                local tokens = {
                  %s
                }
                local day = "%s"
                local exercises = [[%s]]
                local counter = 0
                function init(args)
                  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
                end
                local function uuid()
                  return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
                    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
                    return string.format("%%x", v)
                  end))
                end
                function request()
                  counter = counter + 1
                  local body = '{"clientId":"' .. uuid() .. '","date":"' .. day .. '","painBefore":2,"painAfter":1,'
                    .. '"symptoms":[],"comment":"Went well.","exercises":[' .. exercises .. ']}'
                  return wrk.format("POST", "/api/me/sessions", {
                    ["Content-Type"] = "application/json",
                    ["Authorization"] = "Bearer " .. tokens[(counter %% #tokens) + 1]
                  }, body)
                end
                function done(summary, latency, requests)
                  io.write(string.format("RESULT requests=%%d duration_us=%%d non2xx=%%d socket_errors=%%d p50_us=%%d p99_us=%%d\\n",
                    summary.requests, summary.duration, summary.errors.status,
                    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
                    latency:percentile(50), latency:percentile(99)))
                end
                """.formatted(tokens, LocalDate.now(), exercises);
        Files.writeString(file, lua);
        return file;
    }

    private static Process wrkProcess(AppInstance a, Path script, int connections, int seconds) throws IOException {
        return new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "5s", "-s", script.toString(),
                a.url("/api/me/sessions")).redirectErrorStream(true).start();
    }

    private static Run wrk(AppInstance a, Path script, int connections, int seconds) throws Exception {
        Process p = wrkProcess(a, script, connections, seconds);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Run run = parse(connections, out);
        if (run == null) {
            throw new IllegalStateException("wrk printed no result:\n" + out);
        }
        return run;
    }

    private static Run parse(int connections, String out) {
        Matcher m = RESULT.matcher(out);
        if (!m.find()) {
            return null;
        }
        return new Run(connections, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) / 1e6, Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)), Long.parseLong(m.group(5)) / 1000.0, Long.parseLong(m.group(6)) / 1000.0);
    }
}
