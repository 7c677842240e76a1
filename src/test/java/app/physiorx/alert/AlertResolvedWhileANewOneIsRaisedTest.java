package app.physiorx.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.physiorx.support.AlertStreamClient;
import app.physiorx.support.LoggingPatient;
import app.physiorx.support.OwnerDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A therapist resolves a patient's alert while the patient's next painful session is being stored: the
 * session's statement still sees the old alert unresolved, yet it opens a new one. That new alert is
 * announced to the open streams like any other (found under load by FaultsUnderLoadTest: it was stored,
 * open, and never heard).
 */
@QuarkusTest
class AlertResolvedWhileANewOneIsRaisedTest {
    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    @Test
    void aNewAlertOpenedWhileTheOldOneIsBeingResolvedReachesTheOpenStream() throws Exception {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        patient.log(patient.session(9, 9));
        long old = Long.parseLong(OwnerDatabase.text("select id from alert where status <> 'RESOLVED' and patient_id = "
                + patient.id()));
        Map<String, Object> next = patient.session(9, 9);
        try (AlertStreamClient stream = AlertStreamClient.open(base.toString(), "therapist1"); Connection resolver = owner()) {
            resolver.setAutoCommit(false);
            try (Statement st = resolver.createStatement()) {
                st.executeUpdate("update alert set status = 'RESOLVED', resolved_at = now(), resolved_by = 'Tessa Morgan'"
                        + " where id = " + old);
            }
            CompletableFuture<Integer> logged = CompletableFuture.supplyAsync(() ->
                    patient.api().body(next).post("/api/me/sessions").statusCode());
            // the session's raise waits for the resolving transaction, with its snapshot taken before
            Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() ->
                    Integer.parseInt(OwnerDatabase.text("select count(*) from pg_locks where not granted")) > 0);
            resolver.commit();
            assertEquals(201, logged.get(20, TimeUnit.SECONDS));

            long opened = Long.parseLong(OwnerDatabase.text("select id from alert where status <> 'RESOLVED' and patient_id = "
                    + patient.id()));
            assertNotEquals(old, opened, "the session opened a new alert");
            AlertStreamClient.Received heard;
            do {
                heard = stream.next(10, TimeUnit.SECONDS);
            } while (heard != null && !heard.data().contains("\"patientId\":" + patient.id()));
            assertNotNull(heard, "the new alert " + opened + " reached the open stream");
            assertEquals(true, heard.data().contains("\"alertId\":" + opened), heard.data());
        }
    }

    private static Connection owner() throws java.sql.SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class), config.getValue("quarkus.flyway.password", String.class));
    }
}
