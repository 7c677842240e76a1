package app.physiorx.exercise;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import app.physiorx.support.DraftInput;
import app.physiorx.support.LoggingPatient;
import app.physiorx.web.SpanishPagesTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A clinic translates its own exercises; a patient whose language is Spanish reads the translation, with the dosage
 * of their version in Spanish words, and reads an untranslated exercise in English marked as such.
 */
@QuarkusTest
class ExerciseTranslationApiTest {
    static Map<String, Object> spanish(String name) {
        return Map.of("name", name, "subtitle", "Tire de la banda hacia atrás.",
                "positionDetail", "De pie junto a una puerta, bien erguido.",
                "steps", List.of("Sujete la banda a la altura del pecho.", "Tire hacia atrás y mantenga {hold|un momento}."),
                "cues", List.of("Hombros abajo."), "precautions", List.of("Deténgase si le duele."));
    }

    private static long clinicExercise() {
        return Api.as("therapist1").body(ExerciseJson.exercise(Api.unique("Band row"))).post("/api/exercises")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aTherapistWritesTheSpanishOfTheirClinicsExerciseAndColleaguesReadIt() {
        long id = clinicExercise();
        String path = "/api/exercises/" + id + "/translations/es";
        Api.as("therapist1").get(path).then().statusCode(404).contentType("application/problem+json");
        Api.as("therapist1").body(spanish("Remo con banda")).put(path).then().statusCode(200)
                .body("name", equalTo("Remo con banda")).body("language", equalTo("es"))
                .body("steps[1]", equalTo("Tire hacia atrás y mantenga {hold|un momento}."));
        Api.as("therapist3").get(path).then().statusCode(200).body("name", equalTo("Remo con banda"));
        Api.as("therapist3").body(spanish("Remo con banda elástica")).put(path).then().statusCode(200)
                .body("name", equalTo("Remo con banda elástica"));
        Api.as("therapist2").get(path).then().statusCode(404);
        Api.as("therapist2").body(spanish("Otro")).put(path).then().statusCode(404);
        Api.as("therapist2").delete(path).then().statusCode(404);
        Api.anonymous().get(path).then().statusCode(401);
        Api.as("therapist1").delete(path).then().statusCode(204);
        Api.as("therapist1").get(path).then().statusCode(404);
    }

    @Test
    void badTranslationsAreRefusedNamingTheFieldAndNothingIsStored() {
        long id = clinicExercise();
        String path = "/api/exercises/" + id + "/translations/";
        Api.as("therapist1").body(spanish("Remo")).put(path + "fr").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("language"));
        Map<String, Object> badPlaceholder = new java.util.HashMap<>(spanish("Remo"));
        badPlaceholder.put("steps", List.of("Mantenga {sostener} segundos."));
        Api.as("therapist1").body(badPlaceholder).put(path + "es").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("steps.0"));
        Map<String, Object> noName = new java.util.HashMap<>(spanish(""));
        Api.as("therapist1").body(noName).put(path + "es").then().statusCode(400).body("errors.field", hasItem("name"));
        Api.as("therapist1").get(path + "es").then().statusCode(404);
    }

    @Test
    void starterTranslationsShipWithTheCatalogAndAreReadOnly() {
        long chinTuck = Api.as("therapist1").get("/api/exercises?q=chin tuck").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.name == 'Chin Tuck' }.id");
        String path = "/api/exercises/" + chinTuck + "/translations/es";
        Api.as("therapist2").get(path).then().statusCode(200).body("name", equalTo("Mentón hacia atrás"));
        Api.as("therapist1").body(spanish("Otro nombre")).put(path).then().statusCode(403)
                .contentType("application/problem+json");
        Api.as("therapist1").delete(path).then().statusCode(403);
    }

    @Test
    void aSpanishPatientReadsTranslationsAndTheUntranslatedExerciseInEnglishWithItsMark() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        long own = clinicExercise();
        JsonPath draft = Api.as("therapist1").get("/api/programs/" + patient.programId()).then().statusCode(200).extract().jsonPath();
        Api.as("therapist1").body(DraftInput.of(draft, 0, Map.of("exerciseId", own, "sets", 3, "reps", 12, "holdSeconds", 17)))
                .put("/api/programs/" + patient.programId()).then().statusCode(200);
        Api.as("therapist1").post("/api/programs/" + patient.programId() + "/publish").then().statusCode(200);
        SpanishPagesTest.setLanguage(patient.id(), "es");

        JsonPath untranslated = patient.api().get("/api/me/program").then().statusCode(200).extract().jsonPath();
        assertEquals("en", untranslated.getString("items[0].language"));
        assertTrue(untranslated.getString("items[0].exerciseName").startsWith("Band row"));
        assertTrue(untranslated.getString("items[0].inWords").startsWith("3 series de 12 de cada lado, mantener 17 segundos, "),
                untranslated.getString("items[0].inWords"));
        // the template's second stage is announced in Spanish too
        assertTrue(untranslated.getString("nextStage").startsWith("En la siguiente etapa, cuando su terapeuta se lo indique: "),
                untranslated.getString("nextStage"));
        // the starter exercises of the template read in Spanish
        assertEquals("es", untranslated.getString("items[1].language"));
        assertTrue(untranslated.getString("items[1].inWords").contains(" al día"), untranslated.getString("items[1].inWords"));
        assertTrue(!untranslated.getString("items[1].exerciseName").equals(patient.items().get(1).get("exerciseName")),
                "the starter exercise has its Spanish name: " + untranslated.getString("items[1].exerciseName"));

        Api.as("therapist1").body(spanish("Remo con banda")).put("/api/exercises/" + own + "/translations/es").then().statusCode(200);
        patient.api().get("/api/me/program").then().statusCode(200)
                .body("items[0].language", equalTo("es"))
                .body("items[0].exerciseName", equalTo("Remo con banda"))
                .body("items[0].steps[1]", equalTo("Tire hacia atrás y mantenga 17 segundos."))
                .body("items[0].equipment", contains("banda elástica"))
                .body("items[0].positionText", equalTo("De pie junto a una puerta, bien erguido."));

        // the therapist's own view of the version stays as it was published
        Api.as("therapist1").get("/api/programs/" + patient.programId() + "/versions/2").then().statusCode(200)
                .body("items[0].exerciseName", startsWithBandRow())
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("language")));
        // an English patient reads the original
        SpanishPagesTest.setLanguage(patient.id(), "en");
        given().auth().oauth2(patient.token()).get("/api/me/program").then().statusCode(200)
                .body("items[0].exerciseName", startsWithBandRow()).body("items[0].inWords", containsString("3 sets of 12"));
    }

    private static org.hamcrest.Matcher<String> startsWithBandRow() {
        return org.hamcrest.Matchers.startsWith("Band row");
    }
}
