package app.physiorx.exercise;

import static app.physiorx.support.Api.anonymous;
import static app.physiorx.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Patients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Facets with counts, the new filters, synonyms, and a clinic hiding starter exercises it does not use. */
@QuarkusTest
class LibraryFacetsApiTest {
    private static JsonPath search(String user, Map<String, ?> params) {
        return as(user).queryParams(params).queryParam("size", 100).get("/api/exercises").then().statusCode(200)
                .extract().jsonPath();
    }

    private static long starterId(String name) {
        return ((Number) search("therapist1", Map.of("q", name)).getList("items", Map.class).stream()
                .filter(m -> name.equals(m.get("name"))).findFirst().orElseThrow().get("id")).longValue();
    }

    private static long count(JsonPath found, String facet, String value) {
        return found.getList("facets." + facet, Map.class).stream().filter(m -> value.equals(m.get("value")))
                .mapToLong(m -> ((Number) m.get("count")).longValue()).findFirst().orElse(0);
    }

    @Test
    void facetsCountTheVisibleLibraryWithTheOtherFilters() {
        JsonPath knee = search("therapist1", Map.of("region", "KNEE"));
        long kneeTotal = knee.getLong("total");
        assertTrue(kneeTotal >= 5);
        // the region facet ignores its own filter; the others count knee exercises only
        assertEquals(kneeTotal, count(knee, "region", "KNEE"));
        assertTrue(count(knee, "region", "HIPS") > 0);
        long strength = count(knee, "movement", "STRENGTH");
        assertEquals(strength, search("therapist1", Map.of("region", "KNEE", "movement", "STRENGTH")).getLong("total"));
        long sum = knee.getList("facets.difficulty", Map.class).stream().mapToLong(m -> ((Number) m.get("count")).longValue()).sum();
        assertEquals(kneeTotal, sum, "every knee exercise has one difficulty");
        knee.getList("items.bodyRegions", List.class).forEach(r -> assertTrue(r.contains("KNEE"), r.toString()));
    }

    @Test
    void eachFacetFilters() {
        JsonPath found = search("therapist1", Map.of("movement", "BALANCE", "difficulty", "1", "position", "STANDING"));
        assertTrue(found.getLong("total") > 0);
        assertThat(found.getList("items.movement"), everyItem(equalTo("BALANCE")));
        assertThat(found.getList("items.difficulty"), everyItem(equalTo(1)));
        JsonPath chair = search("therapist1", Map.of("equipment", "CHAIR"));
        chair.getList("items.equipment", List.class).forEach(q -> assertTrue(q.contains("chair"), q.toString()));
        assertEquals(chair.getLong("total"), count(chair, "equipment", "CHAIR"));
    }

    @ParameterizedTest
    @CsvSource({"movement,FLYING", "difficulty,4", "position,UPSIDE_DOWN", "region,TAIL", "equipment,trampoline",
            "hidden,maybe"})
    void aBadFilterValueIsAProblemNamingTheField(String field, String value) {
        as("therapist1").queryParam(field, value).get("/api/exercises").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    @ParameterizedTest
    @CsvSource({"shoulder blade,Scapular Squeeze", "sit to stand,Chair Stand", "rotator cuff,Band External Rotation",
            "knee cap,Kneecap Self-Mobilization", "patella,Quad Set", "calf,Heel Raise",
            "hamstring,Standing Hamstring Curl", "shin,Resisted Ankle Dorsiflexion with Band"})
    void synonymsFindWhatATherapistMeans(String q, String name) {
        assertThat(search("therapist1", Map.of("q", q)).getList("items.name"), hasItem(name));
    }

    @Test
    void typoToleranceStillWorksWithSynonyms() {
        JsonPath found = search("therapist1", Map.of("q", "sholder blade"));
        assertEquals("shoulder blade", found.getString("searchedFor"));
        assertThat(found.getList("items.name"), hasItems("Scapular Squeeze", "Prone Shoulder Blade Retraction"));
    }

    @Test
    void aHiddenStarterExerciseLeavesThatClinicsLibraryOnly() {
        long id = starterId("Pendulum");
        try {
            as("therapist1").post("/api/exercises/" + id + "/hide").then().statusCode(200).body("hidden", equalTo(true));
            assertThat(search("therapist1", Map.of("q", "pendulum")).getList("items.name"), not(hasItem("Pendulum")));
            assertThat(search("clinicadmin1", Map.of("region", "SHOULDERS")).getList("items.name"), not(hasItem("Pendulum")));
            // another clinic still sees it
            assertThat(search("therapist2", Map.of("q", "pendulum")).getList("items.name"), hasItem("Pendulum"));
            // "show hidden" brings it back into view, marked
            JsonPath shown = search("therapist1", Map.of("q", "pendulum", "hidden", "show"));
            assertThat(shown.getList("items.findAll { it.name == 'Pendulum' }.hidden"), hasItem(true));
            // it can still be opened
            as("therapist1").get("/api/exercises/" + id).then().statusCode(200).body("hidden", equalTo(true));
        } finally {
            as("therapist1").post("/api/exercises/" + id + "/unhide").then().statusCode(200).body("hidden", equalTo(false));
        }
        assertThat(search("therapist1", Map.of("q", "pendulum")).getList("items.name"), hasItem("Pendulum"));
    }

    @Test
    void hidingIsForStarterExercisesOfOnesOwnLibrary() {
        long id = starterId("Pendulum");
        anonymous().post("/api/exercises/" + id + "/hide").then().statusCode(401);
        as("patient1").post("/api/exercises/" + id + "/hide").then().statusCode(403);
        as("therapist1").post("/api/exercises/999999999/hide").then().statusCode(404);
        long own = ((Number) as("therapist1").post("/api/exercises/" + id + "/copy").then().statusCode(201)
                .extract().jsonPath().get("id")).longValue();
        as("therapist1").post("/api/exercises/" + own + "/hide").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("id"));
        // another clinic's exercise is not found
        as("therapist2").post("/api/exercises/" + own + "/hide").then().statusCode(404);
    }

    @Test
    void aShippedTemplateStartsAProgramAndHidingItsExerciseLaterChangesNoPublishedVersion() {
        long template = as("therapist1").get("/api/templates").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Neck Pain' }.id");
        as("therapist1").get("/api/templates/" + template).then().statusCode(200)
                .body("condition", equalTo("Non-specific neck pain")).body("stages[0].stage", equalTo(1))
                .body("items.find { it.exerciseName == 'Neck Rotation' }.side", equalTo("BOTH"))
                .body("items.find { it.exerciseName == 'Neck Rotation' }.daysPerWeek", equalTo(7));
        var patient = Patients.create("therapist1", "Hedda", "Hidden");
        long program = as("therapist1").body(Map.of("templateId", template)).post("/api/patients/" + patient.id() + "/programs")
                .then().statusCode(201).body("items.find { it.exerciseName == 'Neck Rotation' }.side", equalTo("BOTH"))
                .extract().jsonPath().getLong("id");
        as("therapist1").post("/api/programs/" + program + "/publish").then().statusCode(200);
        long chinTuck = starterId("Chin Tuck");
        String token = Patients.activate(patient.username());
        try {
            as("therapist1").post("/api/exercises/" + chinTuck + "/hide").then().statusCode(200);
            assertThat(given().auth().oauth2(token).get("/api/me/program").then().statusCode(200).extract().jsonPath()
                    .getList("items.exerciseName"), hasItem("Chin Tuck"));
        } finally {
            as("therapist1").post("/api/exercises/" + chinTuck + "/unhide").then().statusCode(200);
        }
    }
}
