package app.physiorx.exercise;

import static app.physiorx.exercise.ExerciseJson.exercise;
import static app.physiorx.support.Api.anonymous;
import static app.physiorx.support.Api.as;
import static app.physiorx.support.Api.unique;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExerciseLibraryApiTest {

    private static List<String> names(String user, String query) {
        return as(user).get("/api/exercises?size=100&" + query).then().statusCode(200)
                .extract().jsonPath().getList("items.name");
    }

    private static int create(String user, String name) {
        return as(user).body(exercise(name)).post("/api/exercises").then().statusCode(201)
                .extract().jsonPath().getInt("id");
    }

    private static int starterId(String name) {
        return as("therapist1").get("/api/exercises?q=" + name).then().statusCode(200)
                .extract().jsonPath().getInt("items.find { it.name == '" + name + "' }.id");
    }

    // ------------------------------------------------------------- text that follows the dosage

    @Test
    void anUnknownPlaceholderIsRefusedNamingTheStepWhileKnownOnesAreKept() {
        String name = unique("Placeholder row");
        String body = exercise(name).replace("\"Pull back slowly and squeeze.\"", "\"Pull back and hold for {holds} seconds.\"");
        as("therapist1").body(body).post("/api/exercises").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("steps.1"))
                .body("errors[0].detail", containsString("{hold}"));
        String good = exercise(name).replace("\"Pull back slowly and squeeze.\"", "\"Pull back and hold for {hold|a moment}.\"")
                .replace("{\"name\":", "{\"subtitle\": \"A row at the door\", \"name\":");
        int id = as("therapist1").body(good)
                .post("/api/exercises").then().statusCode(201)
                .body("steps[1]", equalTo("Pull back and hold for {hold|a moment}."))
                .body("subtitle", equalTo("A row at the door")).extract().jsonPath().getInt("id");
        as("therapist1").body(exercise(name, "2", "3", null).replace("Shoulders down.", "Keep {load|a light band"))
                .put("/api/exercises/" + id).then().statusCode(400).body("errors[0].field", equalTo("cues.0"));
    }

    // ------------------------------------------------------------- search

    @Test
    void searchForRowFindsBothRowExercises() {
        List<String> found = names("therapist1", "q=row");
        org.hamcrest.MatcherAssert.assertThat(found, hasItems("Low Row with Resistance Bands", "Wide Row with Resistance Bands"));
    }

    @Test
    void searchForWallFindsTheWallExercises() {
        List<String> found = names("therapist1", "q=wall");
        org.hamcrest.MatcherAssert.assertThat(found, hasItems("Thoracic Extension on the Wall", "Wall Angels"));
        // the broad catalog has more wall exercises (issue 16): the filter keeps both and only wall exercises
        org.hamcrest.MatcherAssert.assertThat(names("therapist1", "equipment=wall"),
                hasItems("Thoracic Extension on the Wall", "Wall Angels", "Wall Push-Up"));
        org.hamcrest.MatcherAssert.assertThat(names("therapist1", "equipment=wall"), not(hasItem("Wide Row with Resistance Bands")));
    }

    @Test
    void misspelledSearchStillFindsScapularSqueeze() {
        org.hamcrest.MatcherAssert.assertThat(names("therapist1", "q=scapulr").getFirst(), equalTo("Scapular Squeeze"));
    }

    @Test
    void filtersNarrowTheLibrary() {
        org.hamcrest.MatcherAssert.assertThat(names("therapist2", "group=NECK_STRENGTHENING"),
                containsInAnyOrder("Neck Flexion and Extension", "Isometric Lateral Neck Flexion", "Wall Angels"));
        // the broad starter catalog (issue 16) adds exercises to each of these filters
        org.hamcrest.MatcherAssert.assertThat(names("therapist2", "position=LYING_FACE_DOWN"),
                hasItems("Opposite Arm and Leg Raises", "Prone Shoulder Blade Retraction", "Prone Press-Up"));
        org.hamcrest.MatcherAssert.assertThat(names("therapist2", "position=LYING_FACE_DOWN"), not(hasItem("Wall Angels")));
        org.hamcrest.MatcherAssert.assertThat(names("therapist2", "equipment=FOAM_ROLLER"),
                containsInAnyOrder("Thoracic Mobilization", "Chest Opener Lying on a Foam Roller"));
        org.hamcrest.MatcherAssert.assertThat(names("therapist2", "region=NECK&q=wall"), hasItem("Wall Angels"));
        org.hamcrest.MatcherAssert.assertThat(names("therapist2", "region=NECK&q=wall"), not(hasItem("Thoracic Extension on the Wall")));
    }

    @Test
    void searchPagesThroughResults() {
        as("therapist2").get("/api/exercises?size=5&page=0").then().statusCode(200)
                .body("items.size()", is(5)).body("page", is(0)).body("size", is(5));
    }

    @Test
    void unknownFilterValueIsA400NamingTheParameter() {
        as("therapist1").get("/api/exercises?group=YOGA").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("group"));
        as("therapist1").get("/api/exercises?equipment=trampoline").then().statusCode(400)
                .body("errors[0].field", equalTo("equipment"));
    }

    @Test
    void hugePageIsRefused() {
        as("therapist1").get("/api/exercises?size=5000").then().statusCode(400).body("errors[0].field", equalTo("size"));
        as("therapist1").get("/api/exercises?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
        as("therapist1").get("/api/exercises?page=abc").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void patientCannotUseTheLibrary() {
        as("patient1").get("/api/exercises").then().statusCode(403);
    }

    @Test
    void anonymousCannotSearchTheLibrary() {
        anonymous().get("/api/exercises").then().statusCode(401);
    }

    // ------------------------------------------------------------- clinic isolation

    @Test
    void therapistCannotSeeAnotherClinicsExercise() {
        String name = unique("Hillcrest doorway row");
        int id = create("therapist2", name);
        as("therapist2").get("/api/exercises/" + id).then().statusCode(200).body("name", equalTo(name));
        as("therapist1").get("/api/exercises/" + id).then().statusCode(404).body("detail", not(equalTo(name)));
        as("clinicadmin1").get("/api/exercises/" + id).then().statusCode(404);
        org.hamcrest.MatcherAssert.assertThat(names("therapist1", "q=doorway"), not(hasItem(name)));
        anonymous().get("/api/exercises/" + id).then().statusCode(401);
        as("patient3").get("/api/exercises/" + id).then().statusCode(403);
    }

    @Test
    void colleagueOfTheSameClinicSeesAndFindsTheExercise() {
        String name = unique("Riverside doorway row");
        int id = create("therapist1", name);
        as("therapist3").get("/api/exercises/" + id).then().statusCode(200).body("editable", is(true));
        org.hamcrest.MatcherAssert.assertThat(names("clinicadmin1", "q=doorway"), hasItem(name));
    }

    // ------------------------------------------------------------- create and edit

    @Test
    void therapistCreatesAnExerciseForTheirClinic() {
        String name = unique("Band pull-apart");
        as("therapist1").body(exercise(name)).post("/api/exercises").then().statusCode(201)
                .header("Location", containsString("/api/exercises/"))
                .body("name", equalTo(name)).body("starter", is(false)).body("editable", is(true))
                .body("dosageSummary", equalTo("2-3 × 8-12 · hold 2 s"))
                .body("createdBy", equalTo("Tessa Morgan"));
    }

    @Test
    void nameMustBeUniqueWithinTheClinicButNotAcrossClinics() {
        String name = unique("Same name");
        create("therapist1", name);
        as("therapist3").body(exercise(name.toUpperCase())).post("/api/exercises").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        create("therapist2", name);
    }

    @Test
    void outOfBoundsDosageIsRefusedAndNothingIsSaved() {
        String name = unique("Ten thousand sets");
        as("therapist1").body(exercise(name, "10000", "10000", null)).post("/api/exercises").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("dosage.setsMin", "dosage.setsMax"));
        as("therapist1").body(exercise(name, "-1", "3", null)).post("/api/exercises").then().statusCode(400)
                .body("errors.field", hasItem("dosage.setsMin"));
        as("therapist1").body(exercise(name, "3", "2", null)).post("/api/exercises").then().statusCode(400)
                .body("errors.field", hasItem("dosage.setsMax"));
        org.hamcrest.MatcherAssert.assertThat(names("therapist1", "q=" + name.replace(' ', '+')), not(hasItem(name)));
    }

    @Test
    void htmlInTextIsRefusedWithTheFieldNamed() {
        as("therapist1").body(exercise("<script>alert(1)</script>")).post("/api/exercises").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        String body = exercise(unique("Clean name")).replace("Shoulders down.", "<img src=x onerror=alert(1)>");
        as("therapist1").body(body).post("/api/exercises").then().statusCode(400)
                .body("errors[0].field", equalTo("cues.0"));
    }

    @Test
    void tooLongNameIsRefused() {
        as("therapist1").body(exercise("x".repeat(121))).post("/api/exercises").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void starterExercisesAreReadOnly() {
        int id = starterId("Wall Angels");
        as("therapist1").body(exercise("Wall Angels")).put("/api/exercises/" + id).then().statusCode(403);
        as("therapist1").post("/api/exercises/" + id + "/archive").then().statusCode(403);
        as("therapist1").get("/api/exercises/" + id).then().statusCode(200).body("name", equalTo("Wall Angels")).body("editable", is(false));
    }

    @Test
    void therapistEditsTheirClinicsExerciseWithOptimisticLocking() {
        String name = unique("Editable");
        int id = create("therapist1", name);
        int version = as("therapist1").get("/api/exercises/" + id).then().statusCode(200).extract().jsonPath().getInt("version");
        as("therapist3").body(exercise(name + " v2", "3", "4", version)).put("/api/exercises/" + id).then().statusCode(200)
                .body("name", equalTo(name + " v2")).body("dosage.setsMin", is(3)).body("updatedBy", equalTo("Omar Haddad"));
        as("therapist1").body(exercise(name + " stale", "1", "1", version)).put("/api/exercises/" + id).then().statusCode(409);
        as("therapist1").get("/api/exercises/" + id).then().statusCode(200).body("name", equalTo(name + " v2"));
    }

    @Test
    void otherClinicCannotEditOrArchive() {
        int id = create("therapist1", unique("Private"));
        as("therapist2").body(exercise("Taken")).put("/api/exercises/" + id).then().statusCode(404);
        as("therapist2").post("/api/exercises/" + id + "/archive").then().statusCode(404);
        as("therapist2").post("/api/exercises/" + id + "/copy").then().statusCode(404);
        anonymous().body(exercise("Taken")).put("/api/exercises/" + id).then().statusCode(401);
        anonymous().body(exercise("Taken")).post("/api/exercises").then().statusCode(401);
        as("patient1").body(exercise("Taken")).post("/api/exercises").then().statusCode(403);
    }

    // ------------------------------------------------------------- copy and archive

    @Test
    void copyingAStarterExerciseGivesAnEditableClinicCopyWithItsRelations() {
        int id = starterId("Prone Shoulder Blade Retraction");
        int copy = as("therapist2").post("/api/exercises/" + id + "/copy").then().statusCode(201)
                .body("starter", is(false)).body("copiedFromId", is(id))
                .body("name", startsWith("Prone Shoulder Blade Retraction (copy"))
                .body("relations.name", hasItem("Scapular Squeeze"))
                .extract().jsonPath().getInt("id");
        as("therapist2").get("/api/exercises/" + copy).then().statusCode(200).body("steps.size()", is(4));
        as("therapist1").get("/api/exercises/" + copy).then().statusCode(404);
    }

    @Test
    void archivedExerciseLeavesTheSearchButStaysReadable() {
        String name = unique("Archivable");
        int id = create("therapist1", name);
        as("therapist1").post("/api/exercises/" + id + "/archive").then().statusCode(200).body("status", equalTo("ARCHIVED"));
        org.hamcrest.MatcherAssert.assertThat(names("therapist1", "q=Archivable"), everyItem(not(equalTo(name))));
        as("therapist1").get("/api/exercises/" + id).then().statusCode(200).body("status", equalTo("ARCHIVED"));
        as("therapist1").post("/api/exercises/" + id + "/restore").then().statusCode(200).body("status", equalTo("ACTIVE"));
        org.hamcrest.MatcherAssert.assertThat(names("therapist1", "q=Archivable"), hasItem(name));
    }
}
