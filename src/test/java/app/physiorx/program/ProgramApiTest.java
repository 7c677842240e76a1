package app.physiorx.program;

import static app.physiorx.support.Api.anonymous;
import static app.physiorx.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.physiorx.support.Patients;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgramApiTest {
    @Inject
    EntityManager em;

    private static long upperBackTemplate() {
        return as("therapist1").get("/api/templates").then().statusCode(200).extract().jsonPath().getLong("find { it.name == 'Upper back pain' }.id");
    }

    private static long exerciseId(String name) {
        return as("therapist1").queryParam("size", 100).queryParam("q", name).get("/api/exercises").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.name == '" + name + "' }.id");
    }

    private static JsonPath newProgram(long patientId) {
        return as("therapist1").body(Map.of("templateId", upperBackTemplate())).post("/api/patients/" + patientId + "/programs")
                .then().statusCode(201).extract().jsonPath();
    }

    /** The draft as an input body, with one item's fields changed. */
    private static Map<String, Object> input(JsonPath draft, int index, Map<String, Object> changes) {
        return app.physiorx.support.DraftInput.of(draft, index, changes);
    }

    @Test
    void publishingMakesImmutableVersionsAndTheDifferenceListsExactlyTheChange() {
        var patient = Patients.create("therapist1", "Hana", "Ito");
        JsonPath draft = newProgram(patient.id());
        long id = draft.getLong("id");
        assertEquals(11, draft.getList("items").size());
        assertEquals("2 × 10 each side · daily", draft.getString("items[0].summary").replace(" · 1×/day", ""));

        JsonPath edited = as("therapist1").body(input(draft, 2, Map.of("reps", 12, "holdSeconds", 5, "daysPerWeek", 5)))
                .put("/api/programs/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("2 × 12 · hold 5 s · 1×/day · 5 days/week", edited.getString("items[2].summary"));
        as("therapist1").post("/api/programs/" + id + "/publish").then().statusCode(200)
                .body("version.number", is(1)).body("changes", hasSize(11))
                .body("version.items[2].inWords", equalTo("2 sets of 12, hold 5 seconds, once a day, 5 days a week"));

        JsonPath again = as("therapist1").get("/api/programs/" + id).then().statusCode(200).extract().jsonPath();
        as("therapist1").body(input(again, 4, Map.of("sets", 3)))
                .put("/api/programs/" + id).then().statusCode(200);
        as("therapist1").get("/api/programs/" + id + "/changes").then().statusCode(200).body("", hasSize(1));
        as("therapist1").post("/api/programs/" + id + "/publish").then().statusCode(200)
                .body("version.number", is(2))
                .body("changes", hasSize(1))
                .body("changes[0].kind", equalTo("CHANGED"))
                .body("changes[0].exerciseName", equalTo("Scapular Squeeze"))
                .body("changes[0].fields", hasSize(1))
                .body("changes[0].fields[0].field", equalTo("sets"))
                .body("changes[0].fields[0].from", equalTo("2"))
                .body("changes[0].fields[0].to", equalTo("3"));

        as("therapist1").get("/api/programs/" + id + "/versions/1").then().statusCode(200)
                .body("items[4].sets", is(2)).body("items[2].reps", is(12));
        as("therapist1").get("/api/programs/" + id + "/versions/2").then().statusCode(200).body("items[4].sets", is(3));
        as("therapist1").get("/api/programs/" + id + "/versions").then().statusCode(200).body("number", equalTo(List.of(2, 1)));
        as("therapist1").get("/api/programs/" + id + "/versions/2/changes").then().statusCode(200).body("[0].fields[0].field", equalTo("sets"));
        as("therapist1").post("/api/programs/" + id + "/publish").then().statusCode(409);

        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update program_version set title = 'changed' where program_id = " + id).executeUpdate()));

        // The patient reads exactly the newest published version, and only their own.
        String token = Patients.activate(patient.username());
        given().auth().oauth2(token).get("/api/me/program").then().statusCode(200)
                .body("number", is(2)).body("items[2].reps", is(12)).body("items[2].holdSeconds", is(5))
                .body("items[4].sets", is(3)).body("items[0].steps.size()", is(4))
                // a phone app reads the text filled with the prescription, never a placeholder
                .body("items[2].steps.find { it.contains('5 seconds') }", org.hamcrest.Matchers.notNullValue())
                .body("items.collectMany { it.steps + it.cues + it.precautions + [it.positionText] }.findAll { it.contains('{') }",
                        hasSize(0));
        given().auth().oauth2(token).get("/api/programs/" + id).then().statusCode(403);
        given().auth().oauth2(token).get("/api/patients/" + patient.id() + "/programs").then().statusCode(403);
    }

    @Test
    void programsFollowThePatientsScope() {
        var patient = Patients.create("therapist1", "Ida", "Berg");
        long id = newProgram(patient.id()).getLong("id");
        as("therapist1").get("/api/programs/" + id).then().statusCode(200);
        as("clinicadmin1").get("/api/programs/" + id).then().statusCode(200);
        for (String other : List.of("therapist3", "therapist2", "clinicadmin2")) {
            as(other).get("/api/programs/" + id).then().statusCode(404);
            as(other).get("/api/programs/" + id + "/versions").then().statusCode(404);
            as(other).get("/api/programs/" + id + "/versions/1").then().statusCode(404);
            as(other).get("/api/programs/" + id + "/changes").then().statusCode(404);
            as(other).post("/api/programs/" + id + "/archive").then().statusCode(404);
            as(other).post("/api/programs/" + id + "/publish").then().statusCode(404);
            as(other).get("/api/patients/" + patient.id() + "/programs").then().statusCode(404);
            as(other).body(Map.of("templateId", 1)).post("/api/patients/" + patient.id() + "/programs").then().statusCode(404);
            as(other).body(Map.of("title", "x", "items", List.of())).put("/api/programs/" + id).then().statusCode(404);
        }
        as("patient1").get("/api/programs/" + id).then().statusCode(403);
        as("patient1").post("/api/programs/" + id + "/publish").then().statusCode(403);
        anonymous().post("/api/programs/" + id + "/publish").then().statusCode(401);
        anonymous().get("/api/patients/" + patient.id() + "/programs").then().statusCode(401);
        as("therapist1").post("/api/programs/" + id + "/archive").then().statusCode(200).body("status", equalTo("ARCHIVED"));
        as("therapist1").post("/api/programs/" + id + "/publish").then().statusCode(409);
        anonymous().get("/api/programs/" + id).then().statusCode(401);
        anonymous().get("/api/programs/" + id + "/versions/1").then().statusCode(401);
        anonymous().get("/api/me/program").then().statusCode(401);
        as("therapist1").get("/api/me/program").then().statusCode(403);
    }

    @Test
    void draftRulesAreEnforced() {
        var patient = Patients.create("therapist1", "Jon", "Park");
        long id = as("therapist1").body(Map.of("title", "Blank")).post("/api/patients/" + patient.id() + "/programs")
                .then().statusCode(201).body("items", hasSize(0)).extract().jsonPath().getLong("id");
        as("therapist1").post("/api/programs/" + id + "/publish").then().statusCode(400).body("errors[0].field", equalTo("items"));

        long mobilization = exerciseId("Thoracic Mobilization");
        as("therapist1").body(Map.of("title", "T", "items", List.of(Map.of("exerciseId", mobilization, "durationSeconds", 0))))
                .put("/api/programs/" + id).then().statusCode(400).body("errors[0].field", equalTo("items.0"));
        as("therapist1").body(Map.of("title", "T", "items", List.of(Map.of("exerciseId", mobilization, "sets", 500))))
                .put("/api/programs/" + id).then().statusCode(400).body("errors[0].field", equalTo("items.0.sets"));
        as("therapist1").body(Map.of("title", "T", "items", List.of(Map.of("exerciseId", mobilization, "daysPerWeek", 8))))
                .put("/api/programs/" + id).then().statusCode(400).body("errors[0].field", equalTo("items.0.daysPerWeek"));
        as("therapist1").body(Map.of("title", "T", "items", List.of(Map.of("exerciseId", 987654))))
                .put("/api/programs/" + id).then().statusCode(400).body("errors[0].field", equalTo("items.0.exerciseId"));

        long foreign = as("therapist2").body(app.physiorx.exercise.ExerciseJsonAccess.exercise("Hillcrest " + System.nanoTime()))
                .post("/api/exercises").then().statusCode(201).extract().jsonPath().getLong("id");
        as("therapist1").body(Map.of("title", "T", "items", List.of(Map.of("exerciseId", foreign))))
                .put("/api/programs/" + id).then().statusCode(400).body("errors[0].field", equalTo("items.0.exerciseId"));

        long archived = as("therapist1").body(app.physiorx.exercise.ExerciseJsonAccess.exercise("Old one " + System.nanoTime()))
                .post("/api/exercises").then().statusCode(201).extract().jsonPath().getLong("id");
        as("therapist1").post("/api/exercises/" + archived + "/archive").then().statusCode(200);
        as("therapist1").body(Map.of("title", "T", "items", List.of(Map.of("exerciseId", archived))))
                .put("/api/programs/" + id).then().statusCode(400).body("errors[0].field", equalTo("items.0.exerciseId"));

        JsonPath ok = as("therapist1").body(Map.of("title", "T", "items", List.of(Map.of("exerciseId", mobilization)), "version", 0))
                .put("/api/programs/" + id).then().statusCode(200).extract().jsonPath();
        as("therapist3").get("/api/programs/" + id).then().statusCode(404);
        as("therapist1").body(Map.of("title", "Stale", "items", List.of(), "version", 0))
                .put("/api/programs/" + id).then().statusCode(409);
        as("therapist1").get("/api/programs/" + id).then().statusCode(200).body("title", equalTo("T")).body("version", is(ok.getInt("version")));
    }

    @Test
    void aProgramCanStartAsACopyOfAnotherPatientsProgram() {
        var first = Patients.create("therapist1", "Kim", "Vo");
        long source = newProgram(first.id()).getLong("id");
        var second = Patients.create("therapist1", "Lea", "Nyx");
        as("therapist1").body(Map.of("copyFromProgramId", source, "title", "Copied plan"))
                .post("/api/patients/" + second.id() + "/programs").then().statusCode(201)
                .body("title", equalTo("Copied plan")).body("items", hasSize(11)).body("patientName", equalTo("Lea Nyx"));
        var foreign = Patients.create("therapist2", "Max", "Orr");
        as("therapist2").body(Map.of("copyFromProgramId", source)).post("/api/patients/" + foreign.id() + "/programs")
                .then().statusCode(404);
    }
}
