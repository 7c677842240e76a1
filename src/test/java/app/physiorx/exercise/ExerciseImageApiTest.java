package app.physiorx.exercise;

import static app.physiorx.exercise.ExerciseJson.exercise;
import static app.physiorx.support.Api.as;
import static app.physiorx.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import app.physiorx.support.Pictures;
import app.physiorx.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExerciseImageApiTest {

    private static int clinicExercise(String user) {
        return as(user).body(exercise(unique("With picture"))).post("/api/exercises").then().statusCode(201)
                .extract().jsonPath().getInt("id");
    }

    private static io.restassured.response.ValidatableResponse upload(String user, int id, byte[] data, String type) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(type).body(data)
                .put("/api/exercises/" + id + "/image").then();
    }

    @Test
    void therapistAttachesAPngAndColleaguesSeeIt() throws IOException {
        int id = clinicExercise("therapist1");
        byte[] png = Pictures.picture("png", 320, 240);
        upload("therapist1", id, png, "image/png").statusCode(204);
        as("therapist3").get("/api/exercises/" + id).then().statusCode(200).body("imageUrl", endsWith("/api/exercises/" + id + "/image"));
        byte[] served = given().header("Authorization", Tokens.bearer("therapist3")).get("/api/exercises/" + id + "/image")
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertArrayEquals(png, served);
    }

    @Test
    void jpegIsAcceptedWhateverTheDeclaredType() throws IOException {
        int id = clinicExercise("therapist1");
        upload("therapist1", id, Pictures.picture("jpg", 200, 200), "application/octet-stream").statusCode(204);
        given().header("Authorization", Tokens.bearer("therapist1")).get("/api/exercises/" + id + "/image")
                .then().statusCode(200).contentType("image/jpeg");
    }

    @Test
    void textNamedAsPngIsRefused() {
        int id = clinicExercise("therapist1");
        upload("therapist1", id, "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "image/png")
                .statusCode(400).body("errors[0].field", equalTo("image"));
        as("therapist1").get("/api/exercises/" + id).then().statusCode(200).body("imageUrl", equalTo(null));
    }

    @Test
    void truncatedPngIsRefused() throws IOException {
        int id = clinicExercise("therapist1");
        byte[] png = Pictures.picture("png", 100, 100);
        byte[] broken = java.util.Arrays.copyOf(png, 40);
        upload("therapist1", id, broken, "image/png").statusCode(400).body("errors[0].field", equalTo("image"));
    }

    @Test
    void pictureOverTwoMegabytesIsRefused() {
        int id = clinicExercise("therapist1");
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        big[0] = (byte) 0x89;
        upload("therapist1", id, big, "image/png").statusCode(400).body("detail", equalTo("the picture may be at most 2 MB"));
    }

    @Test
    void smallPngDeclaringTwelveThousandPixelsASideIsRefusedNamingTheField() throws IOException {
        int id = clinicExercise("therapist1");
        byte[] bomb = app.physiorx.common.ImageCheckTest.pngDeclaring(12_000, 12_000);
        upload("therapist1", id, bomb, "image/png").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("image"))
                .body("detail", equalTo("the picture may be at most 6000 pixels on a side"));
        as("therapist1").get("/api/exercises/" + id).then().statusCode(200).body("imageUrl", equalTo(null));
    }

    @Test
    void otherClinicCannotReadOrReplaceThePicture() throws IOException {
        int id = clinicExercise("therapist1");
        upload("therapist1", id, Pictures.picture("png", 50, 50), "image/png").statusCode(204);
        upload("therapist2", id, Pictures.picture("png", 50, 50), "image/png").statusCode(404);
        given().header("Authorization", Tokens.bearer("therapist2")).get("/api/exercises/" + id + "/image").then().statusCode(404);
        given().get("/api/exercises/" + id + "/image").then().statusCode(401);
        given().header("Authorization", Tokens.bearer("patient1")).get("/api/exercises/" + id + "/image").then().statusCode(403);
    }

    @Test
    void starterExerciseCannotGetAPicture() throws IOException {
        int id = as("therapist1").get("/api/exercises?q=wall+angels").then().statusCode(200).extract().jsonPath().getInt("items[0].id");
        upload("therapist1", id, Pictures.picture("png", 50, 50), "image/png").statusCode(403);
    }
}
