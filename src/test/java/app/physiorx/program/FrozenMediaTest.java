package app.physiorx.program;

import static app.physiorx.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.exercise.media.ExerciseMediaApiTest;
import app.physiorx.support.Patients;
import app.physiorx.support.Pictures;
import app.physiorx.support.Videos;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStream;

/** Pictures and videos are frozen with a published version: later changes wait for the next publish. */
@QuarkusTest
class FrozenMediaTest {
    @Inject
    EntityManager em;

    private static long program(long patientId, long exerciseId) {
        JsonPath draft = as("therapist1").body(Map.of("title", "Frozen media")).post("/api/patients/" + patientId + "/programs")
                .then().statusCode(201).extract().jsonPath();
        return as("therapist1").body(Map.of("title", "Frozen media", "version", draft.getInt("version"),
                        "items", List.of(Map.of("exerciseId", exerciseId, "sets", 2, "reps", 10, "holdSeconds", 2))))
                .put("/api/programs/" + draft.getLong("id")).then().statusCode(200).extract().jsonPath().getLong("id");
    }

    @Test
    void theCurrentVersionShowsWhatWasPublishedUntilTheTherapistPublishesAgain() throws IOException {
        int exercise = ExerciseMediaApiTest.clinicExercise("therapist1");
        byte[] first = Pictures.picture("png", 300, 200);
        long firstId = ExerciseMediaApiTest.upload("therapist1", exercise, "PICTURE", "a.png", first, "image/png", "Start")
                .statusCode(201).extract().jsonPath().getLong("id");
        byte[] video = Videos.mp4(300);
        long videoId = ExerciseMediaApiTest.upload("therapist1", exercise, "VIDEO", "v.mp4", video, "video/mp4", null)
                .statusCode(201).extract().jsonPath().getLong("id");
        var patient = Patients.create("therapist1", "Frida", "Frozen");
        long program = program(patient.id(), exercise);
        as("therapist1").post("/api/programs/" + program + "/publish").then().statusCode(200);
        String token = Patients.activate(patient.username());

        given().auth().oauth2(token).get("/api/me/program").then().statusCode(200)
                .body("items[0].media[0].sha256", equalTo(ExerciseMediaApiTest.sha256(first)))
                .body("items[0].media[0].caption", equalTo("Start"))
                .body("items[0].media[1].kind", equalTo("VIDEO")).body("items[0].media[1].posterId", equalTo((int) firstId));
        assertArrayEquals(first, mine(token, firstId));
        byte[] part = given().auth().oauth2(token).header("Range", "bytes=0-99").get("/api/me/program/media/" + videoId)
                .then().statusCode(206).header("Content-Range", "bytes 0-99/" + video.length).contentType("video/mp4")
                .extract().asByteArray();
        assertArrayEquals(Arrays.copyOf(video, 100), part);
        assertEquals(List.of("300x200"), pictureSizes(handout(token)));

        // The therapist replaces the picture: the patient's version still shows the old one, file and all
        as("therapist1").delete("/api/exercises/" + exercise + "/media/" + firstId).then().statusCode(204);
        byte[] second = Pictures.picture("png", 200, 320);
        long secondId = ExerciseMediaApiTest.upload("therapist1", exercise, "PICTURE", "b.png", second, "image/png", "End")
                .statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(token).get("/api/me/program").then()
                .body("items[0].media[0].sha256", equalTo(ExerciseMediaApiTest.sha256(first)));
        assertArrayEquals(first, mine(token, firstId));
        given().auth().oauth2(token).get("/api/me/program/media/" + secondId).then().statusCode(404);
        assertEquals(List.of("300x200"), pictureSizes(handout(token)), "the handout prints the version's picture");

        // Publishing again shows the new picture, and the old one is no longer the patient's to read
        as("therapist1").post("/api/programs/" + program + "/publish").then().statusCode(200)
                .body("changes[0].fields[0].field", equalTo("pictures and video"));
        given().auth().oauth2(token).get("/api/me/program").then()
                .body("items[0].media[0].sha256", equalTo(ExerciseMediaApiTest.sha256(second)));
        assertArrayEquals(second, mine(token, secondId));
        given().auth().oauth2(token).get("/api/me/program/media/" + firstId).then().statusCode(404);
        assertEquals(List.of("200x320"), pictureSizes(handout(token)));
        assertTrue(audited(patient.id()) >= 3, "each read names the patient in the audit trail");
    }

    @Test
    void onlyThePatientOfTheVersionReadsItsMedia() throws IOException {
        int exercise = ExerciseMediaApiTest.clinicExercise("therapist1");
        long picture = ExerciseMediaApiTest.upload("therapist1", exercise, "PICTURE", "a.png", Pictures.picture("png", 40, 40),
                "image/png", null).statusCode(201).extract().jsonPath().getLong("id");
        var patient = Patients.create("therapist1", "Petra", "Pictured");
        as("therapist1").post("/api/programs/" + program(patient.id(), exercise) + "/publish").then().statusCode(200);
        var other = Patients.create("therapist1", "Otto", "Other");
        String otherToken = Patients.activate(other.username());
        given().auth().oauth2(otherToken).get("/api/me/program/media/" + picture).then().statusCode(404);
        as("therapist1").get("/api/me/program/media/" + picture).then().statusCode(403);
        given().get("/api/me/program/media/" + picture).then().statusCode(401);
        given().auth().oauth2(Patients.activate(patient.username())).get("/api/me/program/media/" + picture).then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").contentType("image/png");
    }

    private static byte[] mine(String token, long mediaId) {
        return given().auth().oauth2(token).get("/api/me/program/media/" + mediaId).then().statusCode(200).extract().asByteArray();
    }

    private static byte[] handout(String token) {
        return given().auth().oauth2(token).get("/api/me/program/handout.pdf").then().statusCode(200).extract().asByteArray();
    }

    /** Width x height of every raster picture in the PDF (the drawn figures are vector paths, the QR code too). */
    static List<String> pictureSizes(byte[] pdf) throws IOException {
        List<String> sizes = new ArrayList<>();
        PdfReader reader = new PdfReader(pdf);
        for (int i = 1; i < reader.getXrefSize(); i++) {
            if (reader.getPdfObject(i) instanceof PdfStream s && PdfName.IMAGE.equals(s.get(PdfName.SUBTYPE))) {
                sizes.add(((PdfNumber) s.get(PdfName.WIDTH)).intValue() + "x" + ((PdfNumber) s.get(PdfName.HEIGHT)).intValue());
            }
        }
        reader.close();
        return sizes;
    }

    private long audited(long patientId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_event where action = 'media.read' and patient_id = :p")
                .setParameter("p", patientId).getSingleResult()).longValue());
    }
}
