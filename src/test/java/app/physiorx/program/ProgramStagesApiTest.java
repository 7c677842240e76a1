package app.physiorx.program;

import static app.physiorx.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Patients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Stages carry over from the template; alert settings are monitoring; publishing only when something changed. */
@QuarkusTest
class ProgramStagesApiTest {
    private static final List<String> STAGE_TWO = List.of("Prone Shoulder Blade Retraction", "Wide Row with Resistance Bands");
    private static final List<String> REPLACED = List.of("Scapular Squeeze", "Low Row with Resistance Bands");

    private static long upperBackTemplate() {
        return as("therapist1").get("/api/templates").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Upper back pain' }.id");
    }

    /** The draft as a full input body, with the program's fields changed by {@code changes}. */
    private static Map<String, Object> input(JsonPath draft, Map<String, Object> changes) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> current : draft.<Map<String, Object>>getList("items")) {
            Map<String, Object> item = new HashMap<>(current);
            item.keySet().retainAll(List.of("exerciseId", "sets", "reps", "side", "holdSeconds", "durationSeconds",
                    "restSeconds", "timesPerDay", "daysPerWeek", "weekdays", "load", "tempo", "notes", "stage"));
            items.add(item);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("title", draft.getString("title"));
        body.put("goal", draft.getString("goal"));
        body.put("startDate", draft.getString("startDate"));
        body.put("painThreshold", draft.getInt("painThreshold"));
        body.put("painRise", draft.getInt("painRise"));
        body.put("inactiveDays", draft.getInt("inactiveDays"));
        body.put("redFlags", draft.getList("redFlags"));
        body.put("items", items);
        body.put("version", draft.getInt("version"));
        body.putAll(changes);
        return body;
    }

    private static String pdfText(String token) throws IOException {
        byte[] pdf = given().auth().oauth2(token).get("/api/me/program/handout.pdf").then().statusCode(200)
                .extract().asByteArray();
        return app.physiorx.support.PdfText.of(pdf).replaceAll("\\s+", " ");
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static int loggedTotal(String token) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", UUID.randomUUID().toString());
        body.put("date", LocalDate.now().toString());
        body.put("painBefore", 2);
        body.put("painAfter", 2);
        body.put("symptoms", List.of());
        body.put("exercises", List.of());
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/me/sessions")
                .then().statusCode(201).extract().jsonPath().getInt("session.exercisesTotal");
    }

    @Test
    void aTemplateProgramShowsThePatientOnlyStageOneAndStageTwoSwapsTheProgressionsIn() throws IOException {
        var patient = Patients.create("therapist1", "Tove", "Stage");
        JsonPath draft = as("therapist1").body(Map.of("templateId", upperBackTemplate()))
                .post("/api/patients/" + patient.id() + "/programs").then().statusCode(201)
                .body("activeStage", is(1))
                .body("items.find { it.exerciseName == 'Prone Shoulder Blade Retraction' }.stage", is(2))
                .body("items.find { it.exerciseName == 'Scapular Squeeze' }.stage", is(1))
                .extract().jsonPath();
        long id = draft.getLong("id");
        as("therapist1").post("/api/programs/" + id + "/publish").then().statusCode(200)
                .body("version.items", hasSize(11)).body("version.activeStage", is(1));

        String token = Patients.activate(patient.username());
        JsonPath mine = given().auth().oauth2(token).get("/api/me/program").then().statusCode(200)
                .body("items", hasSize(9)).extract().jsonPath();
        List<String> names = mine.getList("items.exerciseName");
        STAGE_TWO.forEach(n -> assertFalse(names.contains(n), n));
        REPLACED.forEach(n -> assertTrue(names.contains(n), n));
        assertEquals("Next stage, when your therapist says so: Prone Shoulder Blade Retraction instead of Scapular Squeeze,"
                + " Wide Row with Resistance Bands instead of Low Row with Resistance Bands.", mine.getString("nextStage"));
        String pdf = pdfText(token);
        assertTrue(pdf.contains("Next stage, when your therapist says so: Prone Shoulder Blade Retraction instead of"), pdf);
        // each stage-2 exercise only in that line: no card, no row of the log sheet
        STAGE_TWO.forEach(n -> assertEquals(1, occurrences(pdf, n), n + " in " + pdf));
        assertTrue(occurrences(pdf, "Scapular Squeeze") >= 3, "card, log sheet and the next line");
        assertEquals(9, loggedTotal(token), "the session counts the exercises the patient saw");

        // Moving on is a draft change, published as a new version; the difference shows it.
        JsonPath current = as("therapist1").get("/api/programs/" + id).then().statusCode(200).extract().jsonPath();
        as("therapist1").body(input(current, Map.of("activeStage", 2))).put("/api/programs/" + id).then().statusCode(200)
                .body("draftChanged", is(true)).body("activeStage", is(2))
                .body("items.find { it.exerciseName == 'Wide Row with Resistance Bands' }.stage", is(2));
        as("therapist1").post("/api/programs/" + id + "/publish").then().statusCode(200)
                .body("version.number", is(2))
                .body("changes[0].kind", equalTo("PROGRAM"))
                .body("changes[0].fields[0].field", equalTo("Active stage"))
                .body("changes[0].fields[0].from", equalTo("1")).body("changes[0].fields[0].to", equalTo("2"))
                .body("changes.find { it.exerciseName == 'Scapular Squeeze' }.fields[0].field", equalTo("shown to the patient"))
                .body("changes.find { it.exerciseName == 'Scapular Squeeze' }.fields[0].to", equalTo("no"))
                .body("changes.find { it.exerciseName == 'Prone Shoulder Blade Retraction' }.fields[0].to", equalTo("yes"));
        JsonPath stage2 = given().auth().oauth2(token).get("/api/me/program").then().statusCode(200)
                .body("number", is(2)).body("items", hasSize(9)).body("nextStage", equalTo(null)).extract().jsonPath();
        List<String> now = stage2.getList("items.exerciseName");
        STAGE_TWO.forEach(n -> assertTrue(now.contains(n), n));
        REPLACED.forEach(n -> assertFalse(now.contains(n), n));
        assertTrue(pdfText(token).contains("Prone Shoulder Blade Retraction"));
        as("therapist1").get("/api/programs/" + id + "/versions/2/changes").then().statusCode(200)
                .body("exerciseName", hasItem("Active stage"));
        // The therapist's view of a version keeps every item with its stage.
        as("therapist1").get("/api/programs/" + id + "/versions/2").then().statusCode(200).body("items", hasSize(11))
                .body("activeStage", is(2)).body("items.find { it.exerciseName == 'Scapular Squeeze' }.shown", is(false));
    }

    @Test
    void anAlertSettingChangeTakesEffectAtOnceIsRecordedAndLeavesNothingToPublish() {
        var patient = Patients.create("therapist1", "Ulla", "Monitor");
        long id = as("therapist1").body(Map.of("templateId", upperBackTemplate()))
                .post("/api/patients/" + patient.id() + "/programs").then().statusCode(201).extract().jsonPath().getLong("id");
        as("therapist1").post("/api/programs/" + id + "/publish").then().statusCode(200);
        JsonPath published = as("therapist1").get("/api/programs/" + id).then().statusCode(200)
                .body("draftChanged", is(false)).extract().jsonPath();

        as("therapist1").body(input(published, Map.of("painThreshold", 5, "inactiveDays", 6, "redFlags", List.of("NUMBNESS"))))
                .put("/api/programs/" + id).then().statusCode(200)
                .body("painThreshold", is(5)).body("inactiveDays", is(6)).body("draftChanged", is(false));
        as("therapist1").get("/api/programs/" + id + "/changes").then().statusCode(200).body("", hasSize(0));
        as("therapist1").post("/api/programs/" + id + "/publish").then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("Nothing changed since version 1"));

        JsonPath history = as("therapist1").get("/api/programs/" + id + "/history").then().statusCode(200)
                .body("versions", hasSize(1)).body("monitoring", hasSize(3)).extract().jsonPath();
        Map<String, Object> threshold = history.getMap("monitoring.find { it.field == 'Pain threshold for an alert' }");
        assertEquals("7/10", threshold.get("from"));
        assertEquals("5/10", threshold.get("to"));
        assertFalse(((String) threshold.get("changedBy")).isBlank());
        assertTrue(history.getString("monitoring.find { it.field == 'Red-flag symptoms' }.to").equals("Numbness"));
        as("therapist2").get("/api/programs/" + id + "/history").then().statusCode(404);

        // A real change is still publishable, and the monitoring changes are not part of it.
        JsonPath again = as("therapist1").get("/api/programs/" + id).then().statusCode(200).extract().jsonPath();
        as("therapist1").body(input(again, Map.of("title", "Upper back, week 3"))).put("/api/programs/" + id)
                .then().statusCode(200).body("draftChanged", is(true));
        as("therapist1").post("/api/programs/" + id + "/publish").then().statusCode(200)
                .body("changes", hasSize(1)).body("changes[0].exerciseName", equalTo("Title"))
                .body("changes.exerciseName", not(hasItem("Pain threshold for an alert")));
    }

    @Test
    void stagesAreCheckedAndAStageWithoutExercisesCannotBePublished() {
        var patient = Patients.create("therapist1", "Wim", "Empty");
        long exercise = as("therapist1").get("/api/exercises?size=100&q=Thoracic Mobilization").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.name == 'Thoracic Mobilization' }.id");
        long id = as("therapist1").body(Map.of("title", "Later")).post("/api/patients/" + patient.id() + "/programs")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as("therapist1").body(Map.of("title", "Later", "items", List.of(Map.of("exerciseId", exercise, "stage", 6))))
                .put("/api/programs/" + id).then().statusCode(400).body("errors[0].field", equalTo("items.0.stage"));
        as("therapist1").body(Map.of("title", "Later", "activeStage", 1, "items", List.of(Map.of("exerciseId", exercise, "stage", 2))))
                .put("/api/programs/" + id).then().statusCode(200).body("items[0].stage", is(2));
        as("therapist1").post("/api/programs/" + id + "/publish").then().statusCode(400)
                .body("errors[0].field", equalTo("activeStage"));
    }
}
