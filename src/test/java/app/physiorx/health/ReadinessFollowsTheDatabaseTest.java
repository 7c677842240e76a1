package app.physiorx.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import app.physiorx.support.AlertStreamClient;
import app.physiorx.support.LoggingPatient;
import app.physiorx.support.StoppablePostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Runs the app against a PostgreSQL of its own ({@link StoppablePostgres}) so that the test
 * can stop and restart the database without disturbing the rest of the suite.
 */
@QuarkusTest
@TestProfile(ReadinessFollowsTheDatabaseTest.OwnDatabase.class)
class ReadinessFollowsTheDatabaseTest {
    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    public static class OwnDatabase implements QuarkusTestProfile {
        /** The listener waits a while before it reconnects, so writes resume before it listens again. */
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("physiorx.alerts.listener-retry", "6s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StoppablePostgres.class));
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

    @Test
    void anAlertRaisedWhileTheListenerWasAwayStillReachesAnOpenStream() throws Exception {
        awaitReadiness("UP", 200);
        LoggingPatient patient = LoggingPatient.of("therapist1");
        try (AlertStreamClient stream = AlertStreamClient.open(base.toString(), "therapist1")) {
            StoppablePostgres.stopDatabase();
            awaitReadiness("DOWN", 503);
            StoppablePostgres.startDatabase();
            // the session is stored as soon as the database takes writes again, before the listener is back
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                    .until(() -> patient.api().body(patient.session(9, 9)).post("/api/me/sessions").statusCode() == 201);
            awaitReadiness("UP", 200);
            AlertStreamClient.Received alert = stream.next(20, java.util.concurrent.TimeUnit.SECONDS);
            org.junit.jupiter.api.Assertions.assertNotNull(alert, "the alert raised while the listener reconnected reached the stream");
            org.junit.jupiter.api.Assertions.assertTrue(alert.data().contains("\"patientId\":" + patient.id()), alert.data());
        }
    }
}
