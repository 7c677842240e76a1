package app.physiorx.exercise;

import static app.physiorx.exercise.ExerciseJson.exercise;
import static app.physiorx.support.Api.anonymous;
import static app.physiorx.support.Api.as;
import static app.physiorx.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A clinic's own exercise carries a movement type and a difficulty like the starter catalog's (issue 16). */
@QuarkusTest
class ClinicExerciseFactsApiTest {

    private static String withFacts(String name, String movement, Object difficulty) {
        return exercise(name).replace("{\"name\":", "{\"movement\": " + (movement == null ? "null" : "\"" + movement + "\"")
                + ", \"difficulty\": " + difficulty + ", \"name\":");
    }

    private static long facet(String user, String facet, String value) {
        JsonPath found = as(user).queryParam("size", 1).get("/api/exercises").then().statusCode(200).extract().jsonPath();
        return found.getList("facets." + facet, Map.class).stream().filter(m -> value.equals(m.get("value")))
                .mapToLong(m -> ((Number) m.get("count")).longValue()).findFirst().orElse(0);
    }

    @Test
    void ownerCreatesAndEditsAnExerciseWithMovementTypeAndDifficulty() {
        String name = unique("Stair march");
        int id = as("therapist2").body(withFacts(name, "AEROBIC", 2)).post("/api/exercises").then().statusCode(201)
                .body("movement", equalTo("AEROBIC")).body("difficulty", is(2))
                .extract().jsonPath().getInt("id");
        as("therapist2").get("/api/exercises/" + id).then().statusCode(200)
                .body("movement", equalTo("AEROBIC")).body("difficulty", is(2));
        as("therapist2").body(withFacts(name, "BALANCE", 3)).put("/api/exercises/" + id).then().statusCode(200)
                .body("movement", equalTo("BALANCE")).body("difficulty", is(3));
        // both are optional: leaving them out clears them
        as("therapist2").body(exercise(name)).put("/api/exercises/" + id).then().statusCode(200)
                .body("movement", nullValue()).body("difficulty", nullValue());
    }

    @Test
    void anotherClinicAndAnonymousCannotTouchIt() {
        String name = unique("Step-up");
        int id = as("therapist2").body(withFacts(name, "STRENGTH", 1)).post("/api/exercises").then().statusCode(201)
                .extract().jsonPath().getInt("id");
        as("therapist1").body(withFacts(name, "STRETCH", 3)).put("/api/exercises/" + id).then().statusCode(404);
        as("therapist1").get("/api/exercises/" + id).then().statusCode(404);
        anonymous().body(withFacts(name, "STRETCH", 3)).put("/api/exercises/" + id).then().statusCode(401);
        anonymous().body(withFacts(unique("Step-up"), "STRETCH", 3)).post("/api/exercises").then().statusCode(401);
        as("therapist2").get("/api/exercises/" + id).then().statusCode(200)
                .body("movement", equalTo("STRENGTH")).body("difficulty", is(1));
    }

    @Test
    void aDifficultyOutsideOneToThreeIsRefusedNamingTheFieldAndNothingIsSaved() {
        String name = unique("Too hard");
        as("therapist2").body(withFacts(name, "STRENGTH", 7)).post("/api/exercises").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("difficulty"))
                .body("errors[0].detail", containsString("1 (easiest) to 3 (hardest)"));
        as("therapist2").body(withFacts(name, "STRENGTH", 0)).post("/api/exercises").then().statusCode(400)
                .body("errors[0].field", equalTo("difficulty"));
        // nothing saved: the search (which forgives typos and so may find look-alike names) holds no exercise of this name
        as("therapist2").get("/api/exercises?q=" + name).then().statusCode(200).body("items.name", not(hasItem(name)));
        int id = as("therapist2").body(withFacts(name, "STRENGTH", 1)).post("/api/exercises").then().statusCode(201)
                .extract().jsonPath().getInt("id");
        as("therapist2").body(withFacts(name, "STRENGTH", 7)).put("/api/exercises/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("difficulty"));
    }

    @Test
    void anUnknownMovementTypeIsRefusedNamingTheField() {
        as("therapist2").body(withFacts(unique("Odd"), "SPRINTING", 1)).post("/api/exercises").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("movement"));
    }

    @Test
    void theFacetsCountTheClinicsOwnExerciseForItsClinicOnly() {
        long aerobicBefore = facet("therapist2", "movement", "AEROBIC");
        long hardBefore = facet("therapist2", "difficulty", "3");
        long otherClinicBefore = facet("therapist1", "movement", "AEROBIC");
        as("therapist2").body(withFacts(unique("Brisk walk"), "AEROBIC", 3)).post("/api/exercises").then().statusCode(201);
        assertEquals(aerobicBefore + 1, facet("therapist2", "movement", "AEROBIC"));
        assertEquals(hardBefore + 1, facet("therapist2", "difficulty", "3"));
        assertEquals(otherClinicBefore, facet("therapist1", "movement", "AEROBIC"));
    }

    @Test
    void aCopyOfAStarterExerciseKeepsItsMovementTypeAndDifficulty() {
        JsonPath starter = as("therapist2").queryParams(Map.of("movement", "BALANCE", "difficulty", "2", "size", 1))
                .get("/api/exercises").then().statusCode(200).extract().jsonPath();
        int id = starter.getInt("items[0].id");
        as("therapist2").post("/api/exercises/" + id + "/copy").then().statusCode(201)
                .body("starter", is(false)).body("movement", equalTo("BALANCE")).body("difficulty", is(2));
    }
}
