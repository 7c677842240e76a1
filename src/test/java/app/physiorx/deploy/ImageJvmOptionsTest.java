package app.physiorx.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * docker/Dockerfile's JVM set-up, checked offline: the AOT cache the app starts with is made in the runtime image
 * by the same JVM, with the same options and from the same jar path the entry point uses (a cache made any other
 * way is silently ignored, and the start-up gain with it); no option that trades throughput for start-up.
 */
@Tag("unit")
class ImageJvmOptionsTest {
    static final Path DOCKERFILE = Path.of("docker", "Dockerfile");

    private static String runtimeStage() throws IOException {
        String text = Files.readString(DOCKERFILE);
        return text.substring(text.lastIndexOf("\nFROM "));
    }

    private static String javaOpts(String stage) {
        Matcher m = Pattern.compile("(?m)^\\s*JAVA_OPTS=\"([^\"]*)\"").matcher(stage);
        assertTrue(m.find(), "the runtime stage sets JAVA_OPTS");
        return m.group(1);
    }

    @Test
    void theAppStartsWithTheAotCacheThatTheRuntimeStageTrainsWithTheSameOptionsAndJarPath() throws IOException {
        String stage = runtimeStage();
        String opts = javaOpts(stage);
        assertTrue(opts.contains("-XX:AOTCache=app.aot"), opts);
        Matcher training = Pattern.compile("RUN java -XX:AOTCacheOutput=app\\.aot (.*?)\\\\\\s*\\n\\s*-jar (\\S+)").matcher(stage);
        assertTrue(training.find(), "the runtime stage runs the training itself (the JVM that will use the cache)");
        assertTrue(training.group(1).contains("\"$JAVA_OPTS\" | sed 's/-XX:AOTCache=[^ ]*//'"),
                "the training run takes the app's own options, without the cache: " + training.group(1));
        assertTrue(stage.contains("COPY --chmod=755 docker/start.sh start.sh") && stage.contains("ENTRYPOINT [\"/app/start.sh\"]")
                && stage.contains("WORKDIR /app"), "the entry point is docker/start.sh in /app, beside the jar");
        Matcher entry = Pattern.compile("(?m)^\\s*exec \"\\$java\" \\$built \\$base -jar (\\S+)$")
                .matcher(Files.readString(Path.of("docker", "start.sh")));
        assertTrue(entry.find(), "start.sh starts java with JAVA_OPTS and the build-time cache");
        assertEquals(training.group(2), entry.group(1), "the cache only serves the class path it was trained with");
        assertTrue(stage.indexOf("RUN java -XX:AOTCacheOutput") > stage.indexOf("COPY --from=build"),
                "the training runs on the copied app");
    }

    @Test
    void theImageKeepsTheOptimisingCompilerAndSizesTheHeapByTheContainer() throws IOException {
        String opts = javaOpts(runtimeStage());
        assertFalse(opts.contains("TieredStopAtLevel"), "C1-only code costs session throughput: " + opts);
        assertFalse(opts.contains("-Xmx"), "the heap follows the container's memory (MaxRAMPercentage): " + opts);
        assertTrue(opts.contains("-XX:MaxRAMPercentage="), opts);
    }
}
