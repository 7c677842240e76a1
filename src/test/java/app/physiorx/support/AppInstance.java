package app.physiorx.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One instance of the packaged app (target/quarkus-app) in a process of its own, with the test
 * profile's database and Keycloak: for tests and benchmarks that need more than one instance
 * behind the same PostgreSQL. Flyway does not clean at start here: instances share the data.
 */
public final class AppInstance implements AutoCloseable {
    private final Process process;
    private final int port;

    private AppInstance(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static AppInstance start(int port, String... extraProperties) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("physiorx.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run through Maven's verify phase (bin/test or bin/bench)");
        }
        Path logs = Path.of(System.getProperty("physiorx.instance-logs", "target/instances"));
        Files.createDirectories(logs);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Dquarkus.profile=test",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port, "-Dquarkus.flyway.clean-at-start=false",
                "-Dquarkus.log.console.level=WARN"));
        for (String p : extraProperties) {
            command.add("-D" + p);
        }
        String jfr = System.getProperty("bench.jfr"); // a directory: each instance records a profile there (JFR)
        if (jfr != null) {
            command.add("-XX:StartFlightRecording=filename=" + Path.of(jfr).toAbsolutePath().resolve("instance-" + port + ".jfr")
                    + ",settings=profile,dumponexit=true");
        }
        command.addAll(List.of("-jar", jar.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve("instance-" + port + ".log").toFile()).start();
        AppInstance instance = new AppInstance(process, port);
        instance.awaitReady(Duration.ofSeconds(90));
        return instance;
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void awaitReady(Duration limit) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("instance on port " + port + " exited with " + process.exitValue()
                        + "; see target/instances/instance-" + port + ".log");
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url("/q/health/ready"))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("instance on port " + port + " did not become ready in " + limit);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
