package app.physiorx.exercise;

import static app.physiorx.exercise.ExerciseJson.exercise;
import static app.physiorx.support.Api.as;
import static app.physiorx.support.Api.unique;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The library search forgives misspelt words in names and text, and suggests a search when nothing matches. */
@QuarkusTest
class LibrarySpellingApiTest {

    private static JsonPath search(String user, String q) {
        return as(user).queryParam("q", q).queryParam("size", 100).get("/api/exercises").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aWordOfASynonymTermIsNotCorrectedIntoAClinicsOwnWord() {
        // "cap" is in no exercise: with a clinic exercise named after a cape, it was "corrected" to "cape" and
        // "knee cap" found nothing (the suite's order decided whether such an exercise existed)
        as("therapist1").body(ExerciseJson.exercise(unique("Cape Stretch"))).post("/api/exercises").then().statusCode(201);
        JsonPath found = search("therapist1", "knee cap");
        assertThat(found.getList("items.name"), hasItem("Kneecap Self-Mobilization"));
        assertThat(found.getString("searchedFor"), nullValue());
    }

    @Test
    void sholderFindsTheShoulderExercises() {
        JsonPath found = search("therapist1", "sholder");
        assertThat(found.getList("items.name"), hasItem("Prone Shoulder Blade Retraction"));
        assertThat(found.getString("searchedFor"), equalTo("shoulder"));
    }

    @Test
    void thorasicFindsBothThoracicExercises() {
        assertThat(search("therapist1", "thorasic").getList("items.name"),
                hasItems("Thoracic Mobilization", "Thoracic Extension on the Wall"));
    }

    @Test
    void aMisspeltWordOfTheStepsIsForgivenToo() {
        // "roller" is only in the text of the foam-roller exercise, not in its name
        assertThat(search("therapist1", "rollr").getList("items.name"), hasItem("Thoracic Mobilization"));
    }

    @Test
    void everyWordIsCorrected() {
        JsonPath found = search("therapist1", "resistence elbos");
        assertThat(found.getList("items.name"), hasItems("Low Row with Resistance Bands", "Wide Row with Resistance Bands"));
        // the broad catalog (issue 16) uses "elbow", closer to "elbos" than "elbows"
        assertThat(found.getString("searchedFor"), equalTo("resistance elbow"));
    }

    @Test
    void shortWordsAreCorrectedByEditDistance() {
        // "bnd" shares too few trigrams with "band" (similarity 0.29); one letter missing is still forgiven
        JsonPath found = search("therapist1", "bnd");
        assertThat(found.getString("searchedFor"), equalTo("band"));
        assertThat(found.getList("items.name"), hasItems("Low Row with Resistance Bands", "Wide Row with Resistance Bands"));
    }

    @Test
    void aTieGoesToTheWordThatHoldsEveryTypedLetterInOrder() {
        // "bad" is as near to "bnd" as "band" is, but lacks its "n": the word holding every typed letter in order wins
        as("therapist1").body(exercise(unique("Bad weather walk"))).post("/api/exercises").then().statusCode(201);
        assertThat(search("therapist1", "bnd").getString("searchedFor"), equalTo("band"));
    }

    @Test
    void aCorrectlySpeltSearchIsNotRewritten() {
        assertThat(search("therapist1", "shoulder").getString("searchedFor"), nullValue());
    }

    @Test
    void nothingMatchingGivesADidYouMeanWithTheKnownWords() {
        JsonPath found = search("therapist1", "sholder qqxqzv");
        assertThat(found.getInt("total"), equalTo(0));
        assertThat(found.getString("didYouMean"), equalTo("shoulder"));
        assertThat(search("therapist1", "didyoumeanxq").getString("didYouMean"), nullValue());
    }

    @Test
    void anotherClinicsWordsAreNeverSuggested() {
        String name = unique("Zephyrine doorway stretch");
        as("therapist2").body(exercise(name)).post("/api/exercises").then().statusCode(201);
        JsonPath found = search("therapist1", "zephyrin");
        assertThat(found.getList("items.name"), equalTo(List.of()));
        assertThat(found.getString("searchedFor"), nullValue());
        assertThat(found.getString("didYouMean"), nullValue());
        assertThat(search("therapist2", "zephyrin").getList("items.name"), hasItem(name));
    }
}
