package app.physiorx.template;

import static app.physiorx.support.Api.anonymous;
import static app.physiorx.support.Api.as;
import static app.physiorx.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TemplateApiTest {

    private static int exerciseId(String user, String name) {
        return as(user).queryParam("size", 100).queryParam("q", name).get("/api/exercises").then().statusCode(200).extract().jsonPath()
                .getInt("items.find { it.name == '" + name + "' }.id");
    }

    private static String template(String name, int exerciseA, int exerciseB, Integer version) {
        return """
                {"name": "%s", "description": "Phase one after a desk-job flare-up",
                 "items": [{"exerciseId": %d, "sets": 3, "reps": 12, "note": "Go slowly"},
                           {"exerciseId": %d, "stage": 2}]%s}
                """.formatted(name, exerciseA, exerciseB, version == null ? "" : ", \"version\": " + version);
    }

    private static int create(String user, String name) {
        int squeeze = exerciseId(user, "Scapular Squeeze");
        int angels = exerciseId(user, "Wall Angels");
        return as(user).body(template(name, squeeze, angels, null)).post("/api/templates").then().statusCode(201)
                .extract().jsonPath().getInt("id");
    }

    @Test
    void therapistSavesAClinicTemplateWithDefaultsFilledFromTheExercises() {
        String name = unique("Desk posture");
        int id = create("therapist1", name);
        as("therapist3").get("/api/templates/" + id).then().statusCode(200)
                .body("name", equalTo(name)).body("editable", is(true))
                .body("items[0].exerciseName", equalTo("Scapular Squeeze"))
                .body("items[0].dosage", equalTo("3 × 12 · hold 2 s"))
                .body("items[1].exerciseName", equalTo("Wall Angels"))
                .body("items[1].reps", is(10)).body("items[1].timesPerDay", is(2)).body("items[1].stage", is(2));
        as("clinicadmin1").get("/api/templates").then().statusCode(200).body("name", hasItem(name));
    }

    @Test
    void anotherClinicCannotSeeOrChangeTheTemplate() {
        String name = unique("Private protocol");
        int id = create("therapist1", name);
        as("therapist2").get("/api/templates/" + id).then().statusCode(404);
        as("therapist2").get("/api/templates").then().statusCode(200).body("name", not(hasItem(name)));
        as("therapist2").body(template("Taken", 1, 2, null)).put("/api/templates/" + id).then().statusCode(404);
        anonymous().get("/api/templates/" + id).then().statusCode(401);
        anonymous().get("/api/templates").then().statusCode(401);
        anonymous().body(template("x", 1, 2, null)).post("/api/templates").then().statusCode(401);
        as("patient1").get("/api/templates/" + id).then().statusCode(403);
        as("patient1").get("/api/templates").then().statusCode(403);
    }

    @Test
    void shippedTemplateIsReadOnly() {
        int id = as("therapist1").get("/api/templates").then().statusCode(200).extract().jsonPath()
                .getInt("find { it.name == 'Upper back pain' }.id");
        as("therapist1").body(template("Upper back pain", 1, 2, null)).put("/api/templates/" + id).then().statusCode(403);
    }

    @Test
    void staleTemplateSaveIsRefused() {
        int id = create("therapist1", unique("Versioned"));
        int version = as("therapist1").get("/api/templates/" + id).then().statusCode(200).extract().jsonPath().getInt("version");
        int squeeze = exerciseId("therapist1", "Scapular Squeeze");
        as("therapist3").body(template(unique("Renamed"), squeeze, squeeze, version)).put("/api/templates/" + id)
                .then().statusCode(200);
        as("therapist1").body(template(unique("Lost update"), squeeze, squeeze, version)).put("/api/templates/" + id)
                .then().statusCode(409);
    }

    @Test
    void anotherClinicsExerciseCannotBePutInATemplate() {
        int foreign = as("therapist2").body(app.physiorx.exercise.ExerciseJsonAccess.exercise(unique("Hillcrest only")))
                .post("/api/exercises").then().statusCode(201).extract().jsonPath().getInt("id");
        int squeeze = exerciseId("therapist1", "Scapular Squeeze");
        as("therapist1").body(template(unique("Sneaky"), squeeze, foreign, null)).post("/api/templates").then()
                .statusCode(400).body("errors[0].field", equalTo("items.1.exerciseId"));
    }

    @Test
    void archivedExerciseCannotJoinATemplateButExistingTemplatesKeepIt() {
        int exercise = as("therapist1").body(app.physiorx.exercise.ExerciseJsonAccess.exercise(unique("Soon archived")))
                .post("/api/exercises").then().statusCode(201).extract().jsonPath().getInt("id");
        int squeeze = exerciseId("therapist1", "Scapular Squeeze");
        int template = as("therapist1").body(template(unique("Keeps it"), squeeze, exercise, null)).post("/api/templates")
                .then().statusCode(201).extract().jsonPath().getInt("id");
        as("therapist1").post("/api/exercises/" + exercise + "/archive").then().statusCode(200);
        as("therapist1").get("/api/templates/" + template).then().statusCode(200)
                .body("items.size()", is(2)).body("items[1].exerciseArchived", is(true));
        as("therapist1").body(template(unique("New one"), squeeze, exercise, null)).post("/api/templates").then()
                .statusCode(400).body("errors[0].field", equalTo("items.1.exerciseId"));
    }

    @Test
    void badTemplateInputIsRefusedWithTheFieldNamed() {
        as("therapist1").body("{\"name\": \"\", \"items\": []}").post("/api/templates").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        as("therapist1").body("{\"name\": \"Too many sets\", \"items\": [{\"exerciseId\": 1, \"sets\": 500}]}")
                .post("/api/templates").then().statusCode(400).body("errors[0].field", equalTo("items.0.sets"));
    }

    // ------------------------------------------------------------- days a week and side (issue 16)

    private static String withDaysAndSide(String name, int exercise, Object days, String side) {
        return """
                {"name": "%s", "items": [{"exerciseId": %d, "sets": 2, "reps": 10, "daysPerWeek": %s, "side": %s},
                                         {"exerciseId": %d, "stage": 2}]}
                """.formatted(name, exercise, days, side == null ? "null" : "\"" + side + "\"", exercise);
    }

    @Test
    void aClinicTemplateKeepsDaysAWeekAndSideAndAProgramStartedFromItGetsThem() {
        int squeeze = exerciseId("therapist1", "Scapular Squeeze");
        int id = as("therapist1").body(withDaysAndSide(unique("Left side, five days"), squeeze, 5, "LEFT"))
                .post("/api/templates").then().statusCode(201)
                .body("items[0].daysPerWeek", is(5)).body("items[0].side", equalTo("LEFT"))
                .body("items[1].daysPerWeek", nullValue()).body("items[1].side", nullValue())
                .extract().jsonPath().getInt("id");
        as("therapist3").get("/api/templates/" + id).then().statusCode(200)
                .body("items[0].daysPerWeek", is(5)).body("items[0].side", equalTo("LEFT"));
        as("therapist1").body(withDaysAndSide(unique("Right side, three days"), squeeze, 3, "RIGHT"))
                .put("/api/templates/" + id).then().statusCode(200)
                .body("items[0].daysPerWeek", is(3)).body("items[0].side", equalTo("RIGHT"));
        var patient = app.physiorx.support.Patients.create("therapist1", "Tamsin", "Template");
        as("therapist1").body(java.util.Map.of("templateId", id)).post("/api/patients/" + patient.id() + "/programs")
                .then().statusCode(201)
                .body("items[0].daysPerWeek", is(3)).body("items[0].side", equalTo("RIGHT"))
                .body("items[1].daysPerWeek", is(7));
    }

    @Test
    void anotherClinicAndAnonymousCannotChangeDaysOrSide() {
        int squeeze = exerciseId("therapist1", "Scapular Squeeze");
        int id = as("therapist1").body(withDaysAndSide(unique("Ours"), squeeze, 5, "LEFT"))
                .post("/api/templates").then().statusCode(201).extract().jsonPath().getInt("id");
        as("therapist2").body(withDaysAndSide(unique("Theirs"), squeeze, 2, "RIGHT")).put("/api/templates/" + id)
                .then().statusCode(404);
        anonymous().body(withDaysAndSide(unique("Nobody"), squeeze, 2, "RIGHT")).put("/api/templates/" + id)
                .then().statusCode(401);
        as("therapist1").get("/api/templates/" + id).then().statusCode(200)
                .body("items[0].daysPerWeek", is(5)).body("items[0].side", equalTo("LEFT"));
    }

    @Test
    void daysAWeekOutsideOneToSevenOrASideATemplateCannotKeepIsRefusedNamingTheField() {
        int squeeze = exerciseId("therapist1", "Scapular Squeeze");
        as("therapist1").body(withDaysAndSide(unique("Eight days"), squeeze, 8, "LEFT")).post("/api/templates").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("items.0.daysPerWeek"));
        as("therapist1").body(withDaysAndSide(unique("Each side"), squeeze, 5, "EACH_SIDE")).post("/api/templates").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("items.0.side"));
        as("therapist1").body(withDaysAndSide(unique("Up side"), squeeze, 5, "UPSIDE")).post("/api/templates").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("items.0.side"));
    }
}
