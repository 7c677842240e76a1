package app.physiorx.alert;

import static app.physiorx.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.AlertStreamClient;
import app.physiorx.support.LoggingPatient;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * At most one unresolved alert per patient: every rule a session trips adds a reason to it, the care team hears of it
 * when it opens or gets more severe (not on every repeat), and acknowledges and resolves it once.
 */
@QuarkusTest
class OneAlertPerPatientTest {
    private static final String THERAPIST_MAIL = "therapist1@riverside.example";

    @Inject
    MockMailbox mailbox;

    @Inject
    AlertService alerts;

    @TestHTTPResource("/")
    URL base;

    private static JsonPath alertsOf(LoggingPatient patient) {
        return as("therapist1").get("/api/alerts?status=ALL&patientId=" + patient.id()).then().statusCode(200).extract().jsonPath();
    }

    /** The next event on the stream; a marker patient's alert proves that nothing else came before it. */
    private static void nextEventIsOf(AlertStreamClient stream, LoggingPatient patient) throws InterruptedException {
        AlertStreamClient.Received event = stream.next(10, TimeUnit.SECONDS);
        assertNotNull(event, "no event arrived");
        assertTrue(event.data().matches(".*\"patientId\":" + patient.id() + "[,}].*"), "expected an event of patient " + patient.id()
                + " next, got " + event.data());
    }

    private static void markerAlert(AlertStreamClient stream) throws InterruptedException {
        LoggingPatient marker = LoggingPatient.of("therapist1");
        marker.log(marker.session(9, 9));
        nextEventIsOf(stream, marker);
    }

    @Test
    void aSessionTrippingThreeRulesGivesOneHighAlertWithThreeReasonsOneEventAndOneEmail() throws Exception {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        patient.log(patient.session(2, 2)); // the baseline: 2
        try (AlertStreamClient stream = AlertStreamClient.open(base.toString(), "therapist1")) {
            mailbox.clear();
            JsonPath logged = patient.log(patient.session(3, 8, "NUMBNESS"));
            long sessionId = logged.getLong("session.id");
            assertEquals(List.of("RED_FLAG", "PAIN_THRESHOLD", "PAIN_RISE"), logged.getList("flags.rule"));

            JsonPath list = alertsOf(patient);
            assertEquals(1, list.getInt("total"));
            assertEquals("HIGH", list.getString("alerts[0].severity"));
            assertEquals("RED_FLAG", list.getString("alerts[0].rule"), "the red flag leads");
            assertEquals(List.of("RED_FLAG", "PAIN_THRESHOLD", "PAIN_RISE"), list.getList("alerts[0].reasons.rule"));
            assertEquals(List.of(sessionId, sessionId, sessionId), list.getList("alerts[0].reasons.sessionId", Long.class));
            assertEquals("pain after 8/10 is 6 points over the baseline of 2, the pain before of the first session",
                    list.getString("alerts[0].reasons[2].detail"));

            nextEventIsOf(stream, patient);
            markerAlert(stream); // no second event of the patient came before the marker's
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !mailbox.getMailsSentTo(THERAPIST_MAIL).isEmpty());
            assertEquals(1, mailbox.getMailsSentTo(THERAPIST_MAIL).size(), "one email for the one alert");

            // a later, milder session adds its reasons to the same alert without a new event or email
            patient.log(patient.session(7, 7));
            markerAlert(stream);
            JsonPath after = alertsOf(patient);
            assertEquals(1, after.getInt("total"));
            assertEquals("HIGH", after.getString("alerts[0].severity"));
            assertEquals("RED_FLAG", after.getString("alerts[0].reasons[0].rule"), "the red flag stays first");
            assertEquals(5, after.getList("alerts[0].reasons").size());
            assertEquals(1, mailbox.getMailsSentTo(THERAPIST_MAIL).size());

            // acknowledged once, resolved once
            long id = after.getLong("alerts[0].id");
            as("therapist1").body(Map.of()).post("/api/alerts/" + id + "/acknowledge").then().statusCode(200);
            as("therapist1").get("/api/alerts?status=OPEN&patientId=" + patient.id()).then().statusCode(200)
                    .body("total", org.hamcrest.Matchers.is(0));
            as("therapist1").body(Map.of()).post("/api/alerts/" + id + "/resolve").then().statusCode(200);
            assertEquals(List.of("RESOLVED"), alertsOf(patient).getList("alerts.status"));
        }
    }

    @Test
    void aMoreSevereReasonAfterAcknowledgementReopensTheAlertAndIsAnnounced() throws Exception {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        patient.log(patient.session(8, 8));
        long id = alertsOf(patient).getLong("alerts[0].id");
        as("therapist1").body(Map.of("note", "Spoke to him.")).post("/api/alerts/" + id + "/acknowledge").then().statusCode(200);
        try (AlertStreamClient stream = AlertStreamClient.open(base.toString(), "therapist1")) {
            patient.log(patient.session(8, 8)); // same severity: stays acknowledged, no event
            assertEquals("ACKNOWLEDGED", alertsOf(patient).getString("alerts[0].status"));
            patient.log(patient.session(2, 2, "TINGLING"));
            nextEventIsOf(stream, patient);
        }
        JsonPath details = as("therapist1").get("/api/alerts/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("OPEN", details.getString("alert.status"));
        assertEquals("HIGH", details.getString("alert.severity"));
        assertNull(details.get("alert.acknowledgedBy"));
        assertEquals(List.of("RAISED", "ACKNOWLEDGED", "REPEATED", "REOPENED"), details.getList("history.action"));
        assertEquals(1, alertsOf(patient).getInt("total"));
    }

    @Test
    void theDailyCheckAddsAReasonToTheOpenAlert() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        patient.log(patient.session(8, 8));
        alerts.checkInactivity(LocalDate.now().plusDays(6));
        JsonPath list = alertsOf(patient);
        assertEquals(1, list.getInt("total"));
        assertEquals("MEDIUM", list.getString("alerts[0].severity"));
        assertEquals(List.of("PAIN_THRESHOLD", "NO_SESSIONS"), list.getList("alerts[0].reasons.rule"));
        assertTrue(list.getString("alerts[0].reasons[1].detail").startsWith("no session logged for 6 days"));
    }
}
