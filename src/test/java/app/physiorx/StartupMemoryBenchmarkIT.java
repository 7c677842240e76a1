package app.physiorx;

import static io.restassured.RestAssured.given;

import app.physiorx.support.Api;
import app.physiorx.support.LoggingPatient;
import app.physiorx.support.Tokens;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Start-up time and memory of the packaged app (bin/bench): the same target/quarkus-app started again and
 * again against the real PostgreSQL and Keycloak, once with the JVM options the image had before (today's
 * defaults) and once with the options docker/Dockerfile sets now (read from its JAVA_OPTS, so the two cannot
 * drift), in alternation so that the machine's drift falls on both. For each start it prints the time from
 * process start to /q/health/ready UP, the CPU the process used until then (steadier than wall time on a
 * shared machine), VmRSS right after start and after a therapist-and-patient journey, with the load average.
 * The tuned run starts as the image does, through docker/start.sh with an AOT folder: a first start trains the
 * cache against the real stack (start, the journey, SIGTERM: the JVM writes the cache as it stops), and every
 * measured start uses it. Both runs see the pod's memory limit (-XX:MaxRAM=1g stands in for
 * the container's 1 GiB). Targets: ready in under 2 s, RSS under 250 MiB after the journey. Figures only.
 */
class StartupMemoryBenchmarkIT {
    /** docker/Dockerfile's JAVA_OPTS before issue 17 (a 1 GiB pod: 768 MiB heap, G1 or Serial as the JVM picks). */
    static final List<String> TODAY = List.of("-XX:MaxRAMPercentage=75", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
    static final String POD_MEMORY = "-XX:MaxRAM=1g";
    static final double READY_TARGET_MS = 2000;
    static final double RSS_TARGET_MIB = 250;
    private static final Pattern ENV_LINE = Pattern.compile("(JAVA_OPTS|MALLOC_ARENA_MAX)=\"?([^\"\\\\\\n]*)\"?");

    record Start(String variant, long readyMillis, long cpuMillis, double rssStartMib, double rssJourneyMib, String load) {
        String line() {
            return String.format(Locale.ROOT, "%-6s ready %6d ms (cpu %6d ms), RSS %6.1f MiB after start, %6.1f MiB after the journey"
                    + " (load %s)", variant, readyMillis, cpuMillis, rssStartMib, rssJourneyMib, load);
        }
    }

    @Test
    void startUpTimeAndMemoryWithTodaysAndTheImagesJvmOptions() throws Exception {
        int starts = Integer.getInteger("bench.starts", 3);
        Path app = Path.of(System.getProperty("physiorx.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath().getParent();
        Path logs = Files.createDirectories(Path.of(System.getProperty("physiorx.instance-logs", "target/instances")));
        Map<String, String> image = imageSettings(Path.of("docker/Dockerfile"));
        List<String> tuned = new ArrayList<>(Arrays.asList(image.get("JAVA_OPTS").trim().split("\\s+")));
        // for trying an option before it goes into the image: -Dbench.tuned-extra="-Xmn32m -Xss512k"
        String extra = System.getProperty("bench.tuned-extra", "").trim();
        if (!extra.isEmpty()) {
            tuned.addAll(Arrays.asList(extra.split("\\s+")));
        }
        Path aotDir = logs.resolve("aot");
        boolean withCache = tuned.stream().anyMatch(o -> o.startsWith("-XX:AOTCache="));
        Path aot = withCache ? train(app, tuned, aotDir, logs) : null;
        Map<String, String> tunedEnv = image.containsKey("MALLOC_ARENA_MAX") ? Map.of("MALLOC_ARENA_MAX", image.get("MALLOC_ARENA_MAX"))
                : Map.of();
        System.out.println("today: " + String.join(" ", TODAY));
        System.out.println("tuned: " + String.join(" ", tuned) + " " + tunedEnv + (withCache ? " (AOT cache trained on the real stack, " + Files.size(aot) / (1 << 20)
                + " MiB)" : ""));
        List<Start> today = new ArrayList<>();
        List<Start> image17 = new ArrayList<>();
        try {
            for (int i = 0; i < starts; i++) {
                // alternate which goes first, so that a burst of load falls on both
                if (i % 2 == 0) {
                    today.add(start("today", app, TODAY, Map.of(), null, logs));
                    image17.add(start("tuned", app, tuned, tunedEnv, withCache ? aotDir : null, logs));
                } else {
                    image17.add(start("tuned", app, tuned, tunedEnv, withCache ? aotDir : null, logs));
                    today.add(start("today", app, TODAY, Map.of(), null, logs));
                }
            }
        } finally {
            RestAssured.reset();
        }
        System.out.println();
        System.out.println("=== Start-up and memory of the packaged app (" + starts + " starts each, median) ===");
        today.forEach(s -> System.out.println(s.line()));
        image17.forEach(s -> System.out.println(s.line()));
        summary("today", today);
        summary("tuned", image17);
        System.out.println("load average now: " + loadAverage());
    }

    private static void summary(String variant, List<Start> runs) {
        double ready = median(runs.stream().mapToDouble(Start::readyMillis).toArray());
        double cpu = median(runs.stream().mapToDouble(Start::cpuMillis).toArray());
        double rssStart = median(runs.stream().mapToDouble(Start::rssStartMib).toArray());
        double rssJourney = median(runs.stream().mapToDouble(Start::rssJourneyMib).toArray());
        System.out.printf(Locale.ROOT, "%-6s median: ready %.0f ms (%.2fx the 2 s target), cpu to ready %.0f ms, RSS %.1f MiB after start,"
                + " %.1f MiB after the journey (%.2fx the 250 MiB target)%n", variant, ready, ready / READY_TARGET_MS, cpu, rssStart,
                rssJourney, rssJourney / RSS_TARGET_MIB);
    }

    /** JAVA_OPTS and MALLOC_ARENA_MAX as docker/Dockerfile sets them for the app. */
    static Map<String, String> imageSettings(Path dockerfile) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dockerfile)) {
            Matcher m = ENV_LINE.matcher(line);
            if (!line.strip().startsWith("#") && m.find()) {
                out.putIfAbsent(m.group(1), m.group(2).trim());
            }
        }
        if (!out.containsKey("JAVA_OPTS")) {
            throw new IllegalStateException(dockerfile + " sets no JAVA_OPTS");
        }
        return out;
    }

    /**
     * The image's first start (docker/start.sh with an empty AOT folder): a training run against the real
     * PostgreSQL and Keycloak, the journey, then SIGTERM; the JVM writes the cache as it stops. Returns the cache.
     */
    private static Path train(Path app, List<String> tuned, Path aotDir, Path logs) throws Exception {
        if (Files.isDirectory(aotDir)) {
            try (var old = Files.list(aotDir)) {
                for (Path f : old.toList()) {
                    Files.delete(f);
                }
            }
        }
        long started = System.nanoTime();
        Process p = launch("training", app, tuned, Map.of(), aotDir, logs, PORT);
        try {
            awaitReady(p, PORT);
            RestAssured.port = PORT;
            journey();
        } finally {
            p.destroy();
        }
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("the training run did not stop; see " + logs.resolve("startup-training.log"));
        }
        Path cache;
        try (var made = Files.list(aotDir)) {
            cache = made.filter(f -> f.toString().endsWith(".aot")).findFirst().orElseThrow(() ->
                    new IllegalStateException("the training run wrote no cache; see " + logs.resolve("startup-training.log")));
        }
        System.out.printf(Locale.ROOT, "AOT cache trained on the real stack in %.1f s (start, journey, stop and writing it)%n",
                (System.nanoTime() - started) / 1e9);
        return cache;
    }

    private static final int PORT = 18097;

    /**
     * The packaged app with these options, in the test profile against the real stack: straight from java, or
     * with an AOT folder through docker/start.sh as the image starts it (JAVA_OPTS in the environment).
     */
    private static Process launch(String variant, Path app, List<String> options, Map<String, String> env, Path aotDir,
                                  Path logs, int port) throws IOException {
        List<String> jvm = new ArrayList<>(List.of(POD_MEMORY));
        jvm.addAll(options);
        jvm.addAll(List.of("-Dquarkus.profile=test", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.flyway.clean-at-start=false", "-Dquarkus.log.console.level=WARN"));
        List<String> command = new ArrayList<>();
        if (aotDir == null) {
            command.add(java());
            command.addAll(jvm);
            command.addAll(List.of("-jar", "quarkus-run.jar"));
        } else {
            command.addAll(List.of("sh", Path.of("docker", "start.sh").toAbsolutePath().toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(logs.resolve("startup-" + variant + ".log").toFile());
        builder.environment().putAll(env);
        if (aotDir != null) {
            builder.environment().put("JAVA_OPTS", String.join(" ", jvm));
            builder.environment().put("PHYSIORX_AOT_DIR", aotDir.toString());
            builder.environment().put("PHYSIORX_APP_DIR", app.toString());
            builder.environment().put("JAVA_HOME", Path.of(java()).getParent().getParent().toString());
        }
        return builder.start();
    }

    private static Start start(String variant, Path app, List<String> options, Map<String, String> env, Path aotDir, Path logs)
            throws Exception {
        int port = PORT;
        String loadBefore = loadAverage();
        long t0 = System.nanoTime();
        Process process = launch(variant, app, options, env, aotDir, logs, port);
        try {
            awaitReady(process, port);
            long ready = (System.nanoTime() - t0) / 1_000_000;
            long cpu = process.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            Thread.sleep(1000); // what start-up left behind settles (the first scheduler ticks, the listener's read-back)
            double rssStart = rssMib(process.pid());
            RestAssured.port = port;
            journey();
            Thread.sleep(TimeUnit.SECONDS.toMillis(Integer.getInteger("bench.settle-seconds", 5))); // as a pod between requests
            double rssJourney = rssMib(process.pid());
            nativeMemory(variant, process.pid(), logs);
            Files.readAllLines(logs.resolve("startup-" + variant + ".log")).stream()
                    .filter(l -> l.startsWith("[start]") || l.contains("][aot") || l.contains("][cds")).limit(5).forEach(l -> System.out.println(variant + ": " + l));
            return new Start(variant, ready, cpu, rssStart, rssJourney, loadBefore + " -> " + loadAverage());
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * A therapist signs in (real token), lists patients, adds one and publishes a program, opens the patient
     * and their programs, downloads the handouts; the patient signs in, reads the program, logs sessions and
     * reads them back, downloads the handout PDF.
     */
    static void journey() {
        String therapist = "therapist1";
        Api.as(therapist).get("/api/patients").then().statusCode(200);
        LoggingPatient patient = LoggingPatient.of(therapist);
        Api.as(therapist).get("/api/patients/" + patient.id()).then().statusCode(200);
        Api.as(therapist).get("/api/patients/" + patient.id() + "/programs").then().statusCode(200);
        Api.as(therapist).get("/api/templates").then().statusCode(200);
        given().header("Authorization", Tokens.bearer(therapist)).queryParam("patientId", patient.id())
                .get("/api/handouts/bulk.zip").then().statusCode(200);
        given().auth().oauth2(patient.token()).get("/api/me/program/handout.pdf").then().statusCode(200);
        for (int i = 0; i < Integer.getInteger("bench.journey-sessions", 20); i++) {
            patient.log(patient.session(3, 2));
        }
        given().auth().oauth2(patient.token()).get("/api/me/sessions").then().statusCode(200);
        given().auth().oauth2(patient.token()).get("/api/me/program").then().statusCode(200);
        Api.as(therapist).get("/api/alerts").then().statusCode(200);
        Api.as(therapist).get("/api/patients").then().statusCode(200);
    }

    private static void awaitReady(Process process, int port) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + "; see target/instances/startup-*.log");
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the app was not ready within 120 s");
    }

    /**
     * With -Dbench.tuned-extra="-XX:NativeMemoryTracking=summary": where the memory after the journey went, by
     * the JVM's own accounting (jcmd VM.native_memory), and the heap's size, into target/instances/nmt-*.txt.
     */
    private static void nativeMemory(String variant, long pid, Path logs) throws Exception {
        if (!System.getProperty("bench.tuned-extra", "").contains("NativeMemoryTracking") || !variant.equals("tuned")) {
            return;
        }
        Path jcmd = Path.of(java()).resolveSibling("jcmd");
        Path out = logs.resolve("nmt-" + pid + ".txt");
        new ProcessBuilder(jcmd.toString(), Long.toString(pid), "VM.native_memory", "summary").redirectErrorStream(true)
                .redirectOutput(out.toFile()).start().waitFor(30, TimeUnit.SECONDS);
        new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.heap_info").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile())).start().waitFor(30, TimeUnit.SECONDS);
        Files.writeString(out, Files.readString(Path.of("/proc/" + pid + "/status")), java.nio.file.StandardOpenOption.APPEND);
        System.out.println(variant + ": native memory after the journey in " + out);
    }

    static double rssMib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static double median(double[] values) {
        Arrays.sort(values);
        return values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }
}
