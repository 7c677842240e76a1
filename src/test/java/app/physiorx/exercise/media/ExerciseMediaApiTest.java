package app.physiorx.exercise.media;

import static app.physiorx.support.Api.as;
import static app.physiorx.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.physiorx.support.Patients;
import app.physiorx.support.Pictures;
import app.physiorx.support.Tokens;
import app.physiorx.support.Videos;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class ExerciseMediaApiTest {

    public static int clinicExercise(String user) {
        return as(user).body(app.physiorx.exercise.ExerciseJson.exercise(unique("With media")))
                .post("/api/exercises").then().statusCode(201).extract().jsonPath().getInt("id");
    }

    /** A multipart request as an API client sends it: the bearer token and the double-submit CSRF pair (any 16 random bytes). */
    public static io.restassured.specification.RequestSpecification multipart(String user) {
        String csrf = "q8N1l3rjY2mG0tq9p6xW3A";
        return given().header("Authorization", Tokens.bearer(user)).cookie("csrf-token", csrf).header("X-CSRF-TOKEN", csrf);
    }

    public static ValidatableResponse upload(String user, int id, String kind, String name, byte[] data, String type, String caption) {
        var r = multipart(user).multiPart("file", name, data, type).multiPart("kind", kind);
        if (caption != null) {
            r = r.multiPart("caption", caption);
        }
        return r.post("/api/exercises/" + id + "/media").then();
    }

    static byte[] bytes(String user, String url) {
        return given().header("Authorization", Tokens.bearer(user)).get(url).then().statusCode(200).extract().asByteArray();
    }

    @Test
    void pngAndJpegPicturesAreStoredInOrderWithCaptionsSizeAndHash() throws IOException {
        int id = clinicExercise("therapist1");
        byte[] png = Pictures.picture("png", 320, 240);
        upload("therapist1", id, "PICTURE", "start.png", png, "image/png", "Start").statusCode(201)
                .contentType("application/json").body("position", is(1)).body("caption", equalTo("Start"))
                .body("width", is(320)).body("height", is(240)).body("contentType", equalTo("image/png"))
                .body("sizeBytes", is(png.length)).body("sha256", equalTo(sha256(png)));
        // the declared type is ignored: a JPEG sent as octet-stream is a JPEG
        upload("therapist1", id, "PICTURE", "end.bin", Pictures.picture("jpg", 200, 100), "application/octet-stream", "End")
                .statusCode(201).body("position", is(2)).body("contentType", equalTo("image/jpeg"));
        var list = as("therapist3").get("/api/exercises/" + id + "/media").then().statusCode(200).body("", hasSize(2))
                .body("caption", equalTo(List.of("Start", "End"))).extract().jsonPath();
        assertArrayEquals(png, bytes("therapist3", list.getString("[0].url")));
        // the older one-picture API answers picture 1
        assertArrayEquals(png, bytes("therapist1", "/api/exercises/" + id + "/image"));
    }

    @Test
    void picturesAreReorderedRecaptionedAndRemoved() throws IOException {
        int id = clinicExercise("therapist1");
        long a = upload("therapist1", id, "PICTURE", "a.png", Pictures.picture("png", 10, 10), "image/png", "A")
                .statusCode(201).extract().jsonPath().getLong("id");
        upload("therapist1", id, "PICTURE", "b.png", Pictures.picture("png", 20, 10), "image/png", "B").statusCode(201);
        as("therapist1").body(Map.of("position", 2, "caption", "Finish")).put("/api/exercises/" + id + "/media/" + a)
                .then().statusCode(200).body("position", is(2)).body("caption", equalTo("Finish"));
        as("therapist1").get("/api/exercises/" + id + "/media").then().body("caption", equalTo(List.of("B", "Finish")));
        as("therapist1").body(Map.of("position", 3)).put("/api/exercises/" + id + "/media/" + a).then().statusCode(400)
                .body("errors[0].field", equalTo("position"));
        as("therapist1").body(Map.of("caption", "x".repeat(81))).put("/api/exercises/" + id + "/media/" + a).then()
                .statusCode(400).body("errors[0].field", equalTo("caption"));
        as("therapist1").delete("/api/exercises/" + id + "/media/" + a).then().statusCode(204);
        as("therapist1").get("/api/exercises/" + id + "/media").then().body("caption", equalTo(List.of("B")))
                .body("position", equalTo(List.of(1)));
        as("therapist1").get("/api/exercises/" + id + "/media/" + a).then().statusCode(404);
    }

    @Test
    void renamedTextFilesAreRefusedNamingTheFileField() {
        int id = clinicExercise("therapist1");
        byte[] text = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);
        upload("therapist1", id, "PICTURE", "cat.png", text, "image/png", null).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("file"));
        upload("therapist1", id, "VIDEO", "cat.mp4", text, "video/mp4", null).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("file"))
                .body("detail", equalTo("only MP4 and WebM videos are accepted"));
        upload("therapist1", id, "VIDEO", "half.mp4", Arrays.copyOf(Videos.mp4(300), 200), "video/mp4", null).statusCode(400)
                .body("errors[0].field", equalTo("file"));
        upload("therapist1", id, "SOUND", "a.png", text, "image/png", null).statusCode(400).body("errors[0].field", equalTo("kind"));
        as("therapist1").get("/api/exercises/" + id + "/media").then().body("", hasSize(0));
    }

    @Test
    void anMp4VideoStreamsWithRangesAndTheFirstPictureAsItsPoster() throws IOException {
        int id = clinicExercise("therapist1");
        long picture = upload("therapist1", id, "PICTURE", "a.png", Pictures.picture("png", 10, 10), "image/png", null)
                .statusCode(201).extract().jsonPath().getLong("id");
        byte[] mp4 = Videos.mp4(400);
        var video = upload("therapist1", id, "VIDEO", "clip.bin", mp4, "application/octet-stream", "Slowly")
                .statusCode(201).body("contentType", equalTo("video/mp4")).body("kind", equalTo("VIDEO"))
                .extract().jsonPath();
        String url = video.getString("url");
        String auth = Tokens.bearer("therapist1");
        byte[] part = given().header("Authorization", auth).header("Range", "bytes=0-99").get(url).then().statusCode(206)
                .header("Content-Range", "bytes 0-99/" + mp4.length).header("Accept-Ranges", "bytes")
                .header("ETag", "\"" + sha256(mp4) + "\"").header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", org.hamcrest.Matchers.containsString("private"))
                .contentType("video/mp4").extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(mp4, 0, 100), part);
        byte[] tail = given().header("Authorization", auth).header("Range", "bytes=-50").get(url).then().statusCode(206)
                .header("Content-Range", "bytes " + (mp4.length - 50) + "-" + (mp4.length - 1) + "/" + mp4.length)
                .extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(mp4, mp4.length - 50, mp4.length), tail);
        given().header("Authorization", auth).header("Range", "bytes=" + mp4.length + "-").get(url).then().statusCode(416)
                .header("Content-Range", "bytes */" + mp4.length);
        assertArrayEquals(mp4, bytes("therapist1", url));
        given().header("Authorization", auth).header("If-None-Match", "\"" + sha256(mp4) + "\"").get(url).then().statusCode(304);
        // one video: a WebM replaces the MP4
        upload("therapist1", id, "VIDEO", "clip.webm", Videos.webm(100), "video/webm", null).statusCode(201)
                .body("contentType", equalTo("video/webm"));
        as("therapist1").get("/api/exercises/" + id + "/media").then().body("kind", equalTo(List.of("PICTURE", "VIDEO")));
        given().header("Authorization", auth).get(url).then().statusCode(404);
        assertEquals(picture, as("therapist1").get("/api/exercises/" + id + "/media").then().extract().jsonPath().getLong("[0].id"));
    }

    @Test
    void anUploadedPosterIsTheVideosPoster() throws IOException {
        int id = clinicExercise("therapist1");
        byte[] poster = Pictures.picture("png", 64, 36);
        var video = multipart("therapist1")
                .multiPart("file", "clip.mp4", Videos.mp4(100), "video/mp4").multiPart("kind", "VIDEO")
                .multiPart("poster", "poster.png", poster, "image/png")
                .post("/api/exercises/" + id + "/media").then().statusCode(201).extract().jsonPath();
        long posterId = video.getLong("posterMediaId");
        assertArrayEquals(poster, bytes("therapist1", "/api/exercises/" + id + "/media/" + posterId));
        as("therapist1").get("/api/exercises/" + id + "/media").then().body("", hasSize(1)); // the poster is not a picture of the list
        multipart("therapist1")
                .multiPart("file", "clip.mp4", Videos.mp4(100), "video/mp4").multiPart("kind", "VIDEO")
                .multiPart("poster", "poster.png", "nope".getBytes(StandardCharsets.UTF_8), "image/png")
                .post("/api/exercises/" + id + "/media").then().statusCode(400).body("errors[0].field", equalTo("poster"));
    }

    @Test
    void mediaAreScopedLikeEveryRead() throws IOException {
        int id = clinicExercise("therapist1");
        String url = upload("therapist1", id, "PICTURE", "a.png", Pictures.picture("png", 10, 10), "image/png", null)
                .statusCode(201).extract().jsonPath().getString("url");
        as("therapist2").get(url).then().statusCode(404);
        as("therapist2").get("/api/exercises/" + id + "/media").then().statusCode(404);
        upload("therapist2", id, "PICTURE", "a.png", Pictures.picture("png", 10, 10), "image/png", null).statusCode(404);
        as("therapist2").delete(url).then().statusCode(404);
        given().get(url).then().statusCode(401);
        var patient = Patients.create("therapist1", "Media", "Reader");
        given().auth().oauth2(Patients.activate(patient.username())).get(url).then().statusCode(403);
        // the media id of one exercise is not found under another
        int other = clinicExercise("therapist1");
        as("therapist1").get(url.replace("/exercises/" + id + "/", "/exercises/" + other + "/")).then().statusCode(404);
    }

    @Test
    void starterExercisesStayReadOnlyAndCopiesKeepTheirMedia() throws IOException {
        long starter = as("therapist1").get("/api/exercises?q=chin").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.starter }.id");
        upload("therapist1", (int) starter, "PICTURE", "a.png", Pictures.picture("png", 10, 10), "image/png", null)
                .statusCode(403);
        int id = clinicExercise("therapist1");
        upload("therapist1", id, "PICTURE", "a.png", Pictures.picture("png", 10, 10), "image/png", "Start").statusCode(201);
        long copy = as("therapist1").post("/api/exercises/" + id + "/copy").then().statusCode(201).extract().jsonPath().getLong("id");
        as("therapist1").get("/api/exercises/" + copy + "/media").then().body("caption", equalTo(List.of("Start")));
    }

    @Test
    void atMostEightPictures() throws IOException {
        int id = clinicExercise("therapist1");
        byte[] png = Pictures.picture("png", 8, 8);
        for (int i = 0; i < 8; i++) {
            upload("therapist1", id, "PICTURE", "p.png", png, "image/png", null).statusCode(201);
        }
        upload("therapist1", id, "PICTURE", "p.png", png, "image/png", null).statusCode(400).body("errors[0].field", equalTo("file"));
    }

    public static String sha256(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
