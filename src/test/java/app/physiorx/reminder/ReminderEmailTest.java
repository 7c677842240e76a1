package app.physiorx.reminder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import app.physiorx.support.LoggingPatient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The daily reminder email through a real SMTP server: sent at the chosen time on a reminder day only when the day's
 * session is not logged, never twice for a patient and day, without health details, and stopped by its one-click
 * unsubscribe link (which needs no sign-in and no form token).
 */
@QuarkusTest
@TestProfile(SmtpServer.Profile.class)
class ReminderEmailTest {
    private static final ZoneId ZONE = ZoneId.of("UTC"); // the tests' clinic zone

    @Inject
    ReminderMail job;

    private static LoggingPatient withEmail(String address) {
        LoggingPatient p = LoggingPatient.of("therapist1");
        Map<String, Object> record = new HashMap<>(Api.as("therapist1").get("/api/patients/" + p.id()).then().statusCode(200)
                .extract().jsonPath().getMap(""));
        Map<String, Object> update = new HashMap<>();
        update.put("firstName", record.get("firstName"));
        update.put("lastName", record.get("lastName"));
        update.put("condition", record.get("condition"));
        update.put("email", address);
        Api.as("therapist1").body(update).put("/api/patients/" + p.id()).then().statusCode(200);
        return p;
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(SmtpServer.received().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static ZonedDateTime todayAt(int hour, int minute) {
        return ZonedDateTime.now(ZONE).with(LocalTime.of(hour, minute));
    }

    @Test
    void theReminderGoesOnceAtTheTimeWhenNothingIsLoggedAndItsLinkUnsubscribes() throws Exception {
        String address = "remind." + System.nanoTime() + "@example.org";
        LoggingPatient p = withEmail(address);
        p.api().body(Map.of("times", List.of("18:00", "08:30"), "days", List.of(), "email", true)).put("/api/me/reminders")
                .then().statusCode(200).body("emailOn", equalTo(true))
                .body("times[0]", org.hamcrest.Matchers.startsWith("08:30")).body("times[1]", org.hamcrest.Matchers.startsWith("18:00"));

        job.runAt(todayAt(8, 29));
        assertEquals(0, to(address).size(), "not before the first chosen time");
        job.runAt(todayAt(8, 31));
        assertEquals(1, to(address).size());
        job.runAt(todayAt(18, 1));
        job.runAt(todayAt(23, 59));
        assertEquals(1, to(address).size(), "never twice for the same day, also at the second time");

        MimeMessage mail = to(address).getFirst();
        assertEquals("Time for your home exercises", mail.getSubject());
        String body = mail.getContent().toString();
        assertTrue(body.contains("/me"), body);
        // no health details: no exercise, no condition, no name
        for (Map<String, Object> item : p.items()) {
            assertFalse(body.contains((String) item.get("exerciseName")), body);
        }
        assertFalse(body.contains("back pain"), body);
        assertFalse(body.contains("Lena"), body);
        String header = mail.getHeader("List-Unsubscribe")[0];
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);
        Matcher link = Pattern.compile("<https?://[^/]+(/reminders/unsubscribe/[A-Za-z0-9_-]+)>").matcher(header);
        assertTrue(link.matches(), header);
        assertTrue(body.contains(link.group(1)), "the body carries the same link");

        // the link's page (a link checker's GET changes nothing), then one-click as a mail app sends it: no sign-in, no token
        given().get(link.group(1)).then().statusCode(200).body(org.hamcrest.Matchers.containsString("Stop reminder emails"));
        p.api().get("/api/me/reminders").then().body("emailOn", equalTo(true));
        given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .post(link.group(1)).then().statusCode(200);
        p.api().get("/api/me/reminders").then().statusCode(200).body("emailOn", equalTo(false));
        given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .post("/reminders/unsubscribe/not-a-link-we-ever-sent-out").then().statusCode(404);
        job.runAt(todayAt(8, 31).plusDays(1));
        assertEquals(1, to(address).size(), "nothing after unsubscribing");
    }

    @Test
    void noReminderOnADayAlreadyLoggedOrNotAReminderDay() {
        String logged = "logged." + System.nanoTime() + "@example.org";
        LoggingPatient p = withEmail(logged);
        p.api().body(Map.of("times", List.of("07:00"), "email", true)).put("/api/me/reminders").then().statusCode(200);
        p.log(p.session(2, 1));
        job.runAt(todayAt(7, 5));
        assertEquals(0, to(logged).size(), "today's session is logged");

        String otherDay = "otherday." + System.nanoTime() + "@example.org";
        LoggingPatient q = withEmail(otherDay);
        String tomorrow = ZonedDateTime.now(ZONE).plusDays(1).getDayOfWeek().name();
        q.api().body(Map.of("times", List.of("07:00"), "days", List.of(tomorrow), "email", true)).put("/api/me/reminders")
                .then().statusCode(200).body("followsProgram", equalTo(false));
        job.runAt(todayAt(7, 5));
        assertEquals(0, to(otherDay).size(), "today is not one of the chosen days");
        job.runAt(todayAt(7, 5).plusDays(1));
        assertEquals(1, to(otherDay).size(), "tomorrow is");
    }

    @Test
    void emailNeedsAnAddressOnTheRecord() {
        LoggingPatient p = LoggingPatient.of("therapist1");
        p.api().body(Map.of("times", List.of("07:00"), "email", true)).put("/api/me/reminders").then().statusCode(400)
                .body("errors[0].field", equalTo("email"));
        p.api().get("/api/me/reminders").then().statusCode(200).body("emailOn", equalTo(false)).body("emailPossible", equalTo(false));
    }

    @Test
    void aSpanishSpeakingPatientGetsTheReminderInSpanish() throws Exception {
        String address = "es." + System.nanoTime() + "@example.org";
        LoggingPatient p = withEmail(address);
        app.physiorx.web.SpanishPagesTest.setLanguage(p.id(), "es");
        p.api().body(Map.of("times", List.of("06:00"), "email", true)).put("/api/me/reminders").then().statusCode(200);
        job.runAt(todayAt(6, 1));
        MimeMessage mail = to(address).getFirst();
        assertEquals("Es hora de sus ejercicios en casa", mail.getSubject());
        String body = mail.getContent().toString();
        assertTrue(body.startsWith("Hola:") && body.contains("Todavía no ha registrado"), body);
        assertTrue(body.contains("/reminders/unsubscribe/"), body);
        assertTrue(body.contains("/me?lang=es"), "the sign-in link opens Keycloak in Spanish: " + body);
        assertEquals(List.of(), app.physiorx.web.SpanishPagesTest.englishWords(mail.getSubject() + "\n" + body
                .replaceAll("https?://\\S+", " "), java.util.Set.of("PhysioRx")), body);
    }
}
