package app.physiorx.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker/start.sh run under dash (the image's sh) with a stand-in JVM that records its options and, in a training
 * run, writes the cache file as the real JVM does when it exits: which cache each start uses, and when it trains.
 */
@Tag("unit")
class StartScriptTest {
    @TempDir
    Path tmp;

    private Path app;
    private Path javaHome;
    private Path calls;

    private void setUp() throws IOException {
        app = Files.createDirectories(tmp.resolve("app"));
        Files.writeString(app.resolve("quarkus-run.jar"), "jar v1");
        Files.copy(Path.of("docker", "start.sh"), app.resolve("start.sh"));
        javaHome = Files.createDirectories(tmp.resolve("jdk/bin")).getParent();
        Files.writeString(javaHome.resolve("release"), "JAVA_VERSION=\"25\"\n");
        calls = tmp.resolve("calls");
        Path java = javaHome.resolve("bin/java");
        // records its arguments; for -XX:AOTCacheOutput=F writes F (the real JVM writes it as it exits)
        Files.writeString(java, """
                #!/bin/sh
                echo "$*" >> "%s"
                for a in "$@"; do case "$a" in -XX:AOTCacheOutput=*) echo cache > "${a#-XX:AOTCacheOutput=}" ;; esac; done
                exit 0
                """.formatted(calls));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private String start(String aotDir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("dash", app.resolve("start.sh").toString()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.environment().put("PATH", javaHome.resolve("bin") + ":/usr/bin:/bin");
        pb.environment().put("JAVA_OPTS", "-XX:AOTCache=app.aot -XX:+UseSerialGC");
        if (aotDir == null) {
            pb.environment().remove("PHYSIORX_AOT_DIR");
        } else {
            pb.environment().put("PHYSIORX_AOT_DIR", aotDir);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        List<String> lines = Files.readAllLines(calls);
        return lines.getLast();
    }

    private List<Path> caches(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".aot")).toList();
        }
    }

    @Test
    void withoutAnAotFolderTheBuildTimeCacheIsUsedWhenTheImageHasIt() throws Exception {
        setUp();
        assertEquals("-XX:+UseSerialGC -jar quarkus-run.jar", start(null).strip(), "no build-time cache file: option dropped");
        Files.writeString(app.resolve("app.aot"), "built");
        assertEquals("-XX:AOTCache=app.aot -XX:+UseSerialGC -jar quarkus-run.jar", start(null).strip());
    }

    @Test
    void theFirstStartTrainsACacheAndEveryLaterStartUsesIt() throws Exception {
        setUp();
        Path dir = tmp.resolve("aot");
        String first = start(dir.toString());
        assertTrue(first.startsWith("-XX:AOTCacheOutput=" + dir + "/physiorx-") && first.contains(".aot.new "), first);
        assertFalse(first.contains("-XX:AOTCache="), "a training run takes no input cache: " + first);
        List<Path> made = caches(dir);
        assertEquals(1, made.size(), "the finished training run's cache is kept under its final name");
        String second = start(dir.toString());
        assertEquals("-XX:AOTCache=" + made.getFirst() + " -XX:+UseSerialGC -jar quarkus-run.jar", second.strip());
    }

    @Test
    void aChangedJarTrainsAfreshAndDropsTheCacheTheJvmWouldRefuse() throws Exception {
        setUp();
        Path dir = tmp.resolve("aot");
        start(dir.toString());
        Path old = caches(dir).getFirst();
        Files.writeString(app.resolve("quarkus-run.jar"), "jar v2, another size");
        String again = start(dir.toString());
        assertTrue(again.startsWith("-XX:AOTCacheOutput="), "a new image trains: " + again);
        List<Path> now = caches(dir);
        assertEquals(1, now.size(), now.toString());
        assertFalse(now.contains(old), "the old image's cache is gone");
    }
}
