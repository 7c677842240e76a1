package app.physiorx.reminder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import app.physiorx.support.LoggingPatient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The reminder calendar: a secret feed any calendar app can subscribe to (parsed back here with ical4j's own
 * parser), recurring on the program's days with an alarm, with no health details, following a newly published
 * version, and revoked and re-issued by the patient. Who may read and set reminders.
 */
@QuarkusTest
class ReminderCalendarTest {

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String feedPath(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    private static List<VEvent> events(Calendar c) {
        return c.getComponents(Component.VEVENT).stream().map(VEvent.class::cast).toList();
    }

    private static String prop(Component c, String name) {
        return c.getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void theFeedRecursOnTheProgramsDaysWithAnAlarmAndFollowsTheNextVersion() throws Exception {
        LoggingPatient p = LoggingPatient.of("therapist1");
        p.api().body(Map.of("times", List.of("19:00", "07:30"))).put("/api/me/reminders").then().statusCode(200)
                .body("followsProgram", equalTo(true)).body("calendarOn", equalTo(false));
        String url = p.api().post("/api/me/reminders/calendar").then().statusCode(200).body("calendarOn", equalTo(true))
                .extract().path("calendarUrl");
        String ics = given().get(feedPath(url)).then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/calendar"))
                .extract().asString();
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/reminder-feed.ics"), ics); // to look at
        Calendar cal = parse(ics);
        List<VEvent> events = events(cal);
        assertEquals(2, events.size(), "one recurring event per time");
        assertEquals(1, cal.getComponents(Component.VTIMEZONE).size());
        String zone = prop(cal.getComponents(Component.VTIMEZONE).getFirst(), Property.TZID);
        for (VEvent e : events) {
            assertTrue(prop(e, Property.RRULE).startsWith("FREQ=WEEKLY"), prop(e, Property.RRULE));
            assertEquals("1", prop(e, Property.SEQUENCE), "the published version");
            assertEquals(1, e.getAlarms().size());
            assertEquals("Home exercises", prop(e, Property.SUMMARY));
            assertEquals(zone, e.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue(),
                    "the start names the calendar's VTIMEZONE");
        }
        assertTrue(prop(events.get(0), Property.DTSTART).endsWith("T073000") || prop(events.get(1), Property.DTSTART).endsWith("T073000"));
        // no health details: no exercise name, no condition, no dosage
        for (Map<String, Object> item : p.items()) {
            assertFalse(ics.contains((String) item.get("exerciseName")), item.get("exerciseName") + " in the feed");
        }
        assertFalse(ics.toLowerCase(java.util.Locale.ROOT).contains("back pain"));

        // the therapist publishes version 2 with every exercise on Monday and Thursday: the feed follows
        JsonPath draft = Api.as("therapist1").get("/api/programs/" + p.programId()).then().statusCode(200).extract().jsonPath();
        Map<String, Object> body = app.physiorx.support.DraftInput.of(draft, 0, Map.of());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Object i : (List<?>) body.get("items")) {
            @SuppressWarnings("unchecked") Map<String, Object> item = new HashMap<>((Map<String, Object>) i);
            item.put("weekdays", List.of("MONDAY", "THURSDAY"));
            items.add(item);
        }
        body.put("items", items);
        Api.as("therapist1").body(body).put("/api/programs/" + p.programId()).then().statusCode(200);
        Api.as("therapist1").post("/api/programs/" + p.programId() + "/publish").then().statusCode(200);
        List<VEvent> after = events(parse(given().get(feedPath(url)).then().statusCode(200).extract().asString()));
        for (VEvent e : after) {
            assertTrue(prop(e, Property.RRULE).contains("BYDAY=MO,TH"), prop(e, Property.RRULE));
            assertEquals("2", prop(e, Property.SEQUENCE));
        }
        p.api().get("/api/me/reminders").then().body("days", equalTo(List.of("MONDAY", "THURSDAY")));

        // in the patient's language
        app.physiorx.web.SpanishPagesTest.setLanguage(p.id(), "es");
        Calendar spanish = parse(given().get(feedPath(url)).then().statusCode(200).extract().asString());
        assertEquals("Ejercicios en casa", prop(events(spanish).getFirst(), Property.SUMMARY));
        assertEquals("Es hora de sus ejercicios en casa", prop(events(spanish).getFirst().getAlarms().getFirst(), Property.DESCRIPTION));
        String described = prop(events(spanish).getFirst(), Property.DESCRIPTION);
        assertTrue(described.contains("/me?lang=es"), described);
        assertEquals(List.of(), app.physiorx.web.SpanishPagesTest.englishWords(described.replaceAll("https?://\\S+", " "),
                java.util.Set.of("PhysioRx")), described);

        // the patient's own choice of days wins over the program's
        p.api().body(Map.of("times", List.of("07:30"), "days", List.of("SATURDAY"))).put("/api/me/reminders").then().statusCode(200);
        List<VEvent> chosen = events(parse(given().get(feedPath(url)).then().statusCode(200).extract().asString()));
        assertEquals(1, chosen.size());
        assertTrue(prop(chosen.getFirst(), Property.RRULE).contains("BYDAY=SA"));

        // a new link replaces the old; a stopped link answers 404
        String second = p.api().post("/api/me/reminders/calendar").then().statusCode(200).extract().path("calendarUrl");
        assertNotEquals(url, second);
        given().get(feedPath(url)).then().statusCode(404);
        given().get(feedPath(second)).then().statusCode(200);
        p.api().delete("/api/me/reminders/calendar").then().statusCode(200).body("calendarOn", equalTo(false))
                .body("calendarUrl", nullValue());
        given().get(feedPath(second)).then().statusCode(404);
        given().get("/calendar/guessed-but-not-issued-000000.ics").then().statusCode(404);
    }

    @Test
    void theCareTeamSetsAndSeesRemindersButNeverTheSecretLinkAndOthersGet404() {
        LoggingPatient p = LoggingPatient.of("therapist1");
        p.api().post("/api/me/reminders/calendar").then().statusCode(200);
        Api.as("therapist1").body(Map.of("times", List.of("08:00"), "days", List.of("MONDAY", "FRIDAY")))
                .put("/api/patients/" + p.id() + "/reminders").then().statusCode(200)
                .body("days", equalTo(List.of("MONDAY", "FRIDAY"))).body("calendarOn", equalTo(true))
                .body("calendarUrl", nullValue());
        p.api().get("/api/me/reminders").then().statusCode(200).body("days", equalTo(List.of("MONDAY", "FRIDAY")));
        Api.as("clinicadmin1").get("/api/patients/" + p.id() + "/reminders").then().statusCode(200);
        Api.as("therapist3").get("/api/patients/" + p.id() + "/reminders").then().statusCode(404);
        Api.as("therapist2").get("/api/patients/" + p.id() + "/reminders").then().statusCode(404);
        Api.as("clinicadmin2").body(Map.of("times", List.of("08:00"))).put("/api/patients/" + p.id() + "/reminders").then().statusCode(404);
        given().auth().oauth2(p.token()).get("/api/patients/" + p.id() + "/reminders").then().statusCode(403);
        Api.anonymous().get("/api/patients/" + p.id() + "/reminders").then().statusCode(401);
        Api.anonymous().get("/api/me/reminders").then().statusCode(401);
        Api.as("therapist1").get("/api/me/reminders").then().statusCode(403);
    }

    @Test
    void badRemindersAreRefusedNamingTheFieldAndNothingChanges() {
        LoggingPatient p = LoggingPatient.of("therapist1");
        p.api().body(Map.of("times", List.of("18:00"))).put("/api/me/reminders").then().statusCode(200);
        p.api().body(Map.of("times", List.of())).put("/api/me/reminders").then().statusCode(400)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json")).body("errors[0].field", equalTo("times"));
        p.api().body(Map.of("times", List.of("06:00", "07:00", "08:00", "09:00"))).put("/api/me/reminders").then().statusCode(400)
                .body("errors[0].field", equalTo("times"));
        p.api().body(Map.of("times", List.of("25:00"))).put("/api/me/reminders").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("times"));
        p.api().body(Map.of("times", List.of("18:00"), "days", List.of("FUNDAY"))).put("/api/me/reminders").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("days"));
        p.api().get("/api/me/reminders").then().statusCode(200).body("times", org.hamcrest.Matchers.hasSize(1))
                .body("times[0]", org.hamcrest.Matchers.startsWith("18:00"));
    }
}
