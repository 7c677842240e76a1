package app.physiorx.alert;

import static app.physiorx.support.Api.anonymous;
import static app.physiorx.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.AlertStreamClient;
import app.physiorx.support.LoggingPatient;
import io.quarkus.mailer.Mail;
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

@QuarkusTest
class AlertApiTest {
    @Inject
    MockMailbox mailbox;

    @Inject
    AlertService alerts;

    @TestHTTPResource("/")
    URL base;

    private static JsonPath alertsOf(String user, LoggingPatient patient) {
        return as(user).get("/api/alerts?status=ALL&patientId=" + patient.id()).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath alertsOfAnyStatus(String user, LoggingPatient patient) {
        return as(user).get("/api/alerts?patientId=" + patient.id()).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void painAtTheThresholdRaisesAnAlertForTheTherapistAndClinicAdminsOnly() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        JsonPath logged = patient.log(patient.session(7, 3));
        assertEquals("PAIN_THRESHOLD", logged.getString("flags[0].rule"));
        assertEquals("MEDIUM", logged.getString("flags[0].severity"));

        JsonPath mine = alertsOfAnyStatus("therapist1", patient);
        assertEquals(1, mine.getInt("total"));
        assertEquals("PAIN_THRESHOLD", mine.getString("alerts[0].rule"));
        assertTrue(mine.getString("alerts[0].detail").contains("7/10"));
        assertEquals(logged.getLong("session.id"), mine.getLong("alerts[0].lastSessionId"));
        assertEquals(1, alertsOfAnyStatus("clinicadmin1", patient).getInt("total"));
        assertEquals(0, alertsOfAnyStatus("therapist3", patient).getInt("total"));
        assertEquals(0, alertsOfAnyStatus("therapist2", patient).getInt("total"));
        assertEquals(0, alertsOfAnyStatus("clinicadmin2", patient).getInt("total"));

        long id = mine.getLong("alerts[0].id");
        as("therapist2").get("/api/alerts/" + id).then().statusCode(404);
        as("clinicadmin2").get("/api/alerts/" + id).then().statusCode(404);
        as("therapist3").get("/api/alerts/" + id).then().statusCode(404);
        patient.api().get("/api/alerts/" + id).then().statusCode(403);
        anonymous().get("/api/alerts/" + id).then().statusCode(401);
        anonymous().get("/api/alerts").then().statusCode(401);
        anonymous().get("/api/alerts/counts").then().statusCode(401);
        patient.api().get("/api/alerts").then().statusCode(403);
        patient.api().get("/api/alerts/counts").then().statusCode(403);
        as("clinicadmin2").get("/api/alerts/counts").then().statusCode(200);
    }

    @Test
    void aRepeatedTripWhileTheAlertIsOpenAddsToItInsteadOfPilingUp() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        patient.log(patient.session(8, 8));
        patient.log(patient.session(9, 7));
        JsonPath list = alertsOf("therapist1", patient);
        List<String> rules = list.getList("alerts.rule");
        assertEquals(1, rules.stream().filter("PAIN_THRESHOLD"::equals).count());
        JsonPath details = as("therapist1").get("/api/alerts/" + list.getLong("alerts.find { it.rule == 'PAIN_THRESHOLD' }.id"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(2, details.getInt("alert.occurrences"));
        assertEquals(2, details.getList("trips").size());
        assertEquals(List.of("RAISED", "REPEATED"), details.getList("history.action"));
    }

    @Test
    void aRiseOfExactlyTheSettingOverTheBaselineRaisesAnAlert() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        patient.log(patient.session(2, 2));
        patient.log(patient.session(3, 2));
        patient.log(patient.session(1, 1));
        assertEquals(0, alertsOf("therapist1", patient).getInt("total"));
        JsonPath risen = patient.log(patient.session(2, 4)); // baseline = median(2, 3, 1) = 2; worst 4 = +2
        assertEquals(List.of("PAIN_RISE"), risen.getList("flags.rule"));
        assertTrue(risen.getString("flags[0].detail").contains("baseline of 2"));
        assertFalse(risen.getBoolean("guidance.urgent"));
    }

    @Test
    void aBackdatedSessionTakesItsPlaceInTheBaseline() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        patient.log(patient.session(5, 5));
        Map<String, Object> earlier = patient.session(1, 3);
        earlier.put("date", LocalDate.now().minusDays(3).toString());
        // the backdated session is now the first one: baseline 1, its own worst pain 3 is a rise of 2
        assertEquals(List.of("PAIN_RISE"), patient.log(earlier).getList("flags.rule"));
    }

    @Test
    void aRedFlagRaisesAHighAlertTellsThePatientWhatToDoAndEmailsTheTherapistWithoutHealthDetails() {
        mailbox.clear();
        LoggingPatient patient = LoggingPatient.of("therapist1");
        JsonPath logged = patient.log(patient.session(2, 2, "TINGLING"));
        assertEquals("RED_FLAG", logged.getString("flags[0].rule"));
        assertEquals("HIGH", logged.getString("flags[0].severity"));
        assertTrue(logged.getBoolean("guidance.urgent"));
        assertTrue(logged.getString("guidance.title").contains("Stop the program"));
        assertTrue(String.join(" ", logged.getList("guidance.steps", String.class)).contains("bladder or bowel"));

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !mailbox.getMailsSentTo("therapist1@riverside.example").isEmpty());
        Mail mail = mailbox.getMailsSentTo("therapist1@riverside.example").getLast();
        assertEquals(AlertMail.SUBJECT, mail.getSubject());
        assertTrue(mail.getText().contains("/portal/alerts/"));
        for (String secret : List.of("Lena", "ingling", "pain", patient.username())) {
            assertFalse(mail.getText().contains(secret) || mail.getSubject().contains(secret), "mail mentions " + secret);
        }
    }

    @Test
    void aSpanishSpeakingClinicsTherapistGetsTheAlertEmailInSpanish() {
        try {
            app.physiorx.web.SpanishPortalTest.setPortalLanguage("clinicadmin2", "es");
            mailbox.clear();
            LoggingPatient patient = LoggingPatient.of("therapist2");
            patient.log(patient.session(2, 2, "TINGLING"));
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !mailbox.getMailsSentTo("therapist2@hillcrest.example").isEmpty());
            Mail mail = mailbox.getMailsSentTo("therapist2@hillcrest.example").getLast();
            assertEquals("PhysioRx: un paciente necesita su atención", mail.getSubject());
            assertTrue(mail.getText().startsWith("Hola:") && mail.getText().contains("/portal/alerts/"), mail.getText());
            assertEquals(List.of(), app.physiorx.web.SpanishPagesTest.englishWords(mail.getText().replaceAll("https?://\\S+", " "),
                    java.util.Set.of("PhysioRx")), mail.getText());
        } finally {
            app.physiorx.web.SpanishPortalTest.setPortalLanguage("clinicadmin2", "en");
        }
    }

    @Test
    void mediumAlertsSendNoEmail() {
        mailbox.clear();
        LoggingPatient patient = LoggingPatient.of("therapist1");
        patient.log(patient.session(8, 8));
        assertEquals(0, mailbox.getTotalMessagesSent());
    }

    @Test
    void acknowledgingAndResolvingIsRecordedWithWhoAndWhenAndOnlyTheCareTeamMayDoIt() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        patient.log(patient.session(9, 9));
        long id = alertsOf("therapist1", patient).getLong("alerts[0].id");

        as("therapist2").body(Map.of()).post("/api/alerts/" + id + "/acknowledge").then().statusCode(404);
        as("clinicadmin2").body(Map.of()).post("/api/alerts/" + id + "/resolve").then().statusCode(404);
        as("therapist3").body(Map.of()).post("/api/alerts/" + id + "/acknowledge").then().statusCode(404);
        patient.api().body(Map.of()).post("/api/alerts/" + id + "/acknowledge").then().statusCode(403);
        anonymous().body(Map.of()).post("/api/alerts/" + id + "/acknowledge").then().statusCode(401);
        as("therapist1").body(Map.of("note", "x".repeat(1001))).post("/api/alerts/" + id + "/acknowledge").then().statusCode(400)
                .body("errors[0].field", equalTo("note"));

        as("therapist1").body(Map.of("note", "Called her; easing the load.")).post("/api/alerts/" + id + "/acknowledge")
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED")).body("acknowledgedBy", containsString("Tessa"));
        as("therapist1").get("/api/alerts?status=OPEN&patientId=" + patient.id()).then().statusCode(200).body("total", is(0));
        as("clinicadmin1").body(Map.of()).post("/api/alerts/" + id + "/resolve").then().statusCode(200)
                .body("status", equalTo("RESOLVED"));
        as("therapist1").body(Map.of()).post("/api/alerts/" + id + "/resolve").then().statusCode(409);
        JsonPath details = as("therapist1").get("/api/alerts/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("RAISED", "ACKNOWLEDGED", "RESOLVED"), details.getList("history.action"));
        assertEquals("Called her; easing the load.", details.getString("history[1].note"));

        // a new trip after resolving opens a new alert
        patient.log(patient.session(9, 9));
        as("therapist1").get("/api/alerts?status=OPEN&patientId=" + patient.id()).then().statusCode(200).body("total", is(1))
                .body("alerts[0].id", not(is((int) id)));
    }

    @Test
    void alertsFilterByStatusSeverityAndPatient() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        patient.log(patient.session(8, 8, "NUMBNESS"));
        // one alert: the red flag gives it its severity, the threshold is one of its reasons
        as("therapist1").get("/api/alerts?severity=HIGH&patientId=" + patient.id()).then().statusCode(200)
                .body("alerts", hasSize(1)).body("alerts[0].rule", equalTo("RED_FLAG"))
                .body("alerts[0].reasons.rule", hasItem("PAIN_THRESHOLD"));
        as("therapist1").get("/api/alerts?severity=MEDIUM&patientId=" + patient.id()).then().statusCode(200)
                .body("total", is(0));
        as("therapist1").get("/api/alerts?status=RESOLVED&patientId=" + patient.id()).then().statusCode(200).body("total", is(0));
        as("therapist1").get("/api/alerts?severity=SEVERE").then().statusCode(400).contentType("application/problem+json");
        as("therapist1").get("/api/alerts/counts").then().statusCode(200).body("high", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void theDailyCheckFlagsAPatientWithoutSessionsOnceADay() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        LocalDate later = LocalDate.now().plusDays(5);
        assertTrue(alerts.checkInactivity(later) >= 1);
        JsonPath list = alertsOf("therapist1", patient);
        assertEquals("NO_SESSIONS", list.getString("alerts[0].rule"));
        assertEquals("LOW", list.getString("alerts[0].severity"));
        alerts.checkInactivity(later);
        assertEquals(1, alertsOf("therapist1", patient).getInt("alerts[0].occurrences"));

        LoggingPatient active = LoggingPatient.of("therapist1");
        active.log(active.session(1, 1));
        alerts.checkInactivity(LocalDate.now().plusDays(3));
        assertEquals(0, alertsOf("therapist1", active).getInt("total"));
    }

    @Test
    void anOpenStreamReceivesTheAlertOfAPatientOfTheCallerAndNotOfAnotherClinic() throws Exception {
        try (AlertStreamClient mine = AlertStreamClient.open(base.toString(), "therapist1");
             AlertStreamClient otherClinic = AlertStreamClient.open(base.toString(), "clinicadmin2")) {
            LoggingPatient patient = LoggingPatient.of("therapist1");
            patient.log(patient.session(2, 2, "DIZZINESS"));
            AlertStreamClient.Received event = mine.next(5, TimeUnit.SECONDS);
            assertTrue(event != null && event.data().contains("\"rule\":\"RED_FLAG\"")
                    && event.data().contains("\"patientId\":" + patient.id()), "event: " + event);
            assertEquals(null, otherClinic.next(1, TimeUnit.SECONDS));
            patient.api().get("/api/alerts/stream").then().statusCode(403);
        }
        anonymous().get("/api/alerts/stream").then().statusCode(401);
    }
}
