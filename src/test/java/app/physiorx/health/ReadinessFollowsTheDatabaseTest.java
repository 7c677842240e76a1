package app.physiorx.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Runs the app against a PostgreSQL of its own (zonky's embedded binaries) so that the test
 * can stop and restart the database without disturbing the rest of the suite.
 */
@QuarkusTest
@TestProfile(ReadinessFollowsTheDatabaseTest.OwnDatabase.class)
class ReadinessFollowsTheDatabaseTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StoppablePostgres.class));
        }
    }

    public static class StoppablePostgres implements QuarkusTestResourceLifecycleManager {
        static EmbeddedPostgres postgres;
        static int port;
        static Path dataDir;

        @Override
        public Map<String, String> start() {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
                dataDir = Files.createTempDirectory("physiorx-readiness-pg");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            startDatabase();
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        }

        static void startDatabase() {
            try {
                postgres = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir)
                        .setCleanDataDirectory(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static void stopDatabase() {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void stop() {
            stopDatabase();
        }
    }

    private static void awaitReadiness(String status, int httpStatus) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(httpStatus).body("status", equalTo(status)));
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsStoppedAndUpAfterItRestarts() {
        awaitReadiness("UP", 200);
        StoppablePostgres.stopDatabase();
        awaitReadiness("DOWN", 503);
        given().get("/q/health/live").then().statusCode(200);
        StoppablePostgres.startDatabase();
        awaitReadiness("UP", 200);
    }
}
