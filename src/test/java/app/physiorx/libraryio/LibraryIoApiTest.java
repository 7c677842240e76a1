package app.physiorx.libraryio;

import static app.physiorx.support.Api.anonymous;
import static app.physiorx.support.Api.as;
import static app.physiorx.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.exercise.media.ExerciseMediaApiTest;
import app.physiorx.support.Pictures;
import app.physiorx.support.Tokens;
import app.physiorx.support.Videos;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LibraryIoApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static String exercise(String name, String extra) {
        return """
                {"name": "%s", "subtitle": "A plain line", "bodyRegions": ["SHOULDERS", "UPPER_BACK"], "movement": "STRENGTH",
                 "difficulty": 2, "position": "STANDING", "positionDetail": "Standing tall beside a door",
                 "equipment": ["resistance band"],
                 "dosage": {"setsMin": 2, "setsMax": 3, "repsMin": 8, "repsMax": 12, "repsMode": "EACH_SIDE",
                            "holdMinSeconds": 2, "holdMaxSeconds": 3, "timesPerDayMin": 1, "timesPerDayMax": 2, "note": "Slowly"},
                 "steps": ["Hold the band at chest height.", "Pull back for {hold}."],
                 "cues": ["=1+1 keeps the spreadsheet calm", "Shoulders down."], "precautions": ["Stop if it hurts."],
                 "variations": ["Sitting on a stool"], "tags": ["doorway", "band"]%s}
                """.formatted(name, extra);
    }

    static int create(String user, String name, String extra) {
        return as(user).body(exercise(name, extra)).post("/api/exercises").then().statusCode(201).extract().jsonPath().getInt("id");
    }

    static int starterId(String slug) {
        return as("therapist1").queryParam("size", 100).queryParam("q", slug.replace('-', ' ')).get("/api/exercises").then()
                .statusCode(200).extract().jsonPath().getInt("items.find { it.slug == '" + slug + "' }.id");
    }

    static JsonPath detail(String user, String name) {
        int id = as(user).queryParam("size", 100).queryParam("q", name).get("/api/exercises").then().statusCode(200)
                .extract().jsonPath().getInt("items.find { it.name == '" + name + "' }.id");
        return as(user).get("/api/exercises/" + id).then().statusCode(200).extract().jsonPath();
    }

    static io.restassured.response.ValidatableResponse importAs(String user, byte[] body, String type, String query) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(type).body(body)
                .post("/api/library/import" + query).then();
    }

    static byte[] export(String user, String ext) {
        return given().header("Authorization", Tokens.bearer(user)).get("/api/library/export." + ext).then().statusCode(200)
                .extract().asByteArray();
    }

    @Test
    void staffExportTheirClinicsOwnExercisesAndNeverAnotherClinics() {
        String mine = unique("Riverside row");
        String theirs = unique("Hillcrest row");
        create("therapist1", mine, "");
        create("therapist2", theirs, "");
        JsonPath a = as("therapist1").get("/api/library/export.json").then().statusCode(200)
                .header("Content-Disposition", containsString("physiorx-library.json")).extract().jsonPath();
        assertEquals("physiorx-library", a.getString("format"));
        assertTrue(a.getList("exercises.name").contains(mine));
        assertTrue(!a.getList("exercises.name").contains(theirs));
        assertTrue(a.getList("exercises.key").stream().noneMatch("chin-tuck"::equals), "starter exercises are not exported");
        as("clinicadmin2").get("/api/library/export.json").then().statusCode(200)
                .body("exercises.name", hasItem(theirs)).body("exercises.name", not(hasItem(mine)));
        anonymous().get("/api/library/export.json").then().statusCode(401);
        anonymous().get("/api/library/export.csv").then().statusCode(401);
        as("patient1").get("/api/library/export.json").then().statusCode(403);
        as("patient1").get("/api/library/export.zip").then().statusCode(403);
        importAs("therapist1", "{}".getBytes(StandardCharsets.UTF_8), "application/json", "").statusCode(403);
        importAs("patient1", "{}".getBytes(StandardCharsets.UTF_8), "application/json", "").statusCode(403);
    }

    @Test
    void theExportValidatesAgainstThePublishedSchema() throws Exception {
        int base = create("therapist1", unique("Schema base"), "");
        create("therapist1", unique("Schema ladder"), ", \"relations\": [{\"exerciseId\": " + base
                + ", \"kind\": \"PROGRESSION_OF\"}, {\"exerciseId\": " + starterId("chin-tuck") + ", \"kind\": \"VARIANT_OF\"}]");
        String schema = anonymous().get(LibraryFile.SCHEMA_PATH).then().statusCode(200).extract().asString();
        JsonNode export = JSON.readTree(export("clinicadmin1", "json"));
        var errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema, InputFormat.JSON)
                .validate(export);
        assertEquals(List.of(), errors.stream().map(Object::toString).toList());
        assertTrue(export.get("exercises").size() > 0);
    }

    @Test
    void aLibraryExportedFromOneClinicAppearsTheSameInAnother() throws Exception {
        String base = unique("Trip base");
        String harder = unique("Trip harder");
        String template = unique("Trip protocol");
        int baseId = create("therapist1", base, "");
        given().header("Authorization", Tokens.bearer("therapist1")).contentType("image/png")
                .body(Pictures.picture("png", 64, 48)).put("/api/exercises/" + baseId + "/image").then().statusCode(204);
        ExerciseMediaApiTest.upload("therapist1", baseId, "PICTURE", "end.jpg", Pictures.picture("jpg", 80, 60), "image/jpeg",
                "End position").statusCode(201);
        ExerciseMediaApiTest.multipart("therapist1")
                .multiPart("file", "move.mp4", Videos.mp4(2048), "video/mp4").multiPart("kind", "VIDEO")
                .multiPart("caption", "The whole movement")
                .multiPart("poster", "poster.png", Pictures.picture("png", 40, 30), "image/png")
                .post("/api/exercises/" + baseId + "/media").then().statusCode(201);
        int harderId = create("therapist1", harder, ", \"relations\": [{\"exerciseId\": " + baseId
                + ", \"kind\": \"PROGRESSION_OF\"}, {\"exerciseId\": " + starterId("chin-tuck") + ", \"kind\": \"VARIANT_OF\"}]");
        as("therapist1").body("""
                {"name": "%s", "description": "Two stages", "items": [
                  {"exerciseId": %d, "sets": 3, "reps": 10, "daysPerWeek": 3, "side": "LEFT", "note": "Easy does it"},
                  {"exerciseId": %d, "stage": 2}, {"exerciseId": %d, "stage": 2}]}
                """.formatted(template, baseId, harderId, starterId("wall-angels"))).post("/api/templates").then().statusCode(201);

        byte[] zip = export("clinicadmin1", "zip");
        importAs("clinicadmin2", zip, "application/zip", "?dryRun=true&onClash=skip").statusCode(200)
                .body("dryRun", equalTo(true));
        as("clinicadmin2").queryParam("q", base).get("/api/exercises").then().body("items.name", not(hasItem(base)));
        importAs("clinicadmin2", zip, "application/zip", "?onClash=skip").statusCode(200)
                .body("dryRun", equalTo(false)).body("format", equalTo("ZIP"));

        for (String name : List.of(base, harder)) {
            JsonPath a = detail("therapist1", name);
            JsonPath b = detail("therapist2", name);
            for (String field : List.of("subtitle", "bodyRegions", "movement", "difficulty", "position", "positionDetail",
                    "equipment", "dosage", "steps", "cues", "precautions", "variations", "tags", "status", "relations.name",
                    "relations.kind", "relations.label")) {
                assertEquals((Object) a.get(field), b.get(field), name + ": " + field);
            }
        }
        assertNotNull(detail("therapist2", base).getString("imageUrl"), "the picture travelled in the ZIP");
        assertEquals(media("therapist1", detail("therapist1", base).getInt("id")),
                media("therapist2", detail("therapist2", base).getInt("id")), "pictures, captions, video and poster travel");
        Map<String, Object> tA = templateByName("therapist1", template);
        Map<String, Object> tB = templateByName("therapist2", template);
        assertEquals(tA.get("description"), tB.get("description"));
        assertEquals(strip(tA.get("items")), strip(tB.get("items")));
    }

    /** The exercise's media as kind, place, caption, type and SHA-256 (the poster's too), without ids or dates. */
    static List<String> media(String user, int exerciseId) {
        JsonPath list = as(user).get("/api/exercises/" + exerciseId + "/media").then().statusCode(200).extract().jsonPath();
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.getList("").size(); i++) {
            String p = "[" + i + "].";
            Object poster = list.get(p + "posterMediaId");
            String posterSha = poster == null ? "" : as(user).get("/api/exercises/" + exerciseId + "/media/" + poster)
                    .then().statusCode(200).extract().header("ETag");
            out.add(list.getString(p + "kind") + " " + list.getInt(p + "position") + " " + list.getString(p + "caption") + " "
                    + list.getString(p + "contentType") + " " + list.getString(p + "sha256") + " poster:" + posterSha);
        }
        assertTrue(out.size() >= 3, out.toString());
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> templateByName(String user, String name) {
        int id = as(user).get("/api/templates").then().statusCode(200).extract().jsonPath().getInt("find { it.name == '" + name + "' }.id");
        return as(user).get("/api/templates/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** Items without their database ids. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> strip(Object items) {
        return ((List<Map<String, Object>>) items).stream().map(m -> {
            Map<String, Object> copy = new java.util.HashMap<>(m);
            copy.remove("exerciseId");
            return copy;
        }).toList();
    }

    static String doc(String exercises, String templates) {
        return """
                {"format": "physiorx-library", "version": 1, "exercises": [%s], "templates": [%s]}""".formatted(exercises, templates);
    }

    static String entry(String key, String name, String extra) {
        return """
                {"key": "%s", "name": "%s", "bodyRegions": ["KNEE"], "position": "SITTING",
                 "dosage": {"repsMin": 10, "repsMax": 15, "repsMode": "PLAIN"}, "steps": ["Straighten the knee."]%s}
                """.formatted(key, name, extra);
    }

    @Test
    void errorsAreListedByRowAndFieldAndNothingIsImported() {
        String first = unique("Fine one");
        String bad = doc(entry("a", first, "") + "," + entry("b", unique("Fine two"), "") + ","
                + entry("c", unique("Too hard"), ", \"difficulty\": 5"), "");
        importAs("clinicadmin2", bad.getBytes(StandardCharsets.UTF_8), "application/json", "").statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'exercises[2].difficulty' }.row", equalTo(3));
        String unresolved = doc(entry("a", first, "") + "," + entry("b", unique("Inverted"),
                ", \"dosage\": {\"repsMin\": 12, \"repsMax\": 8, \"repsMode\": \"PLAIN\"}"),
                "{\"name\": \"" + unique("Nowhere") + "\", \"items\": [{\"starter\": \"no-such-slug\"}]}");
        importAs("clinicadmin2", unresolved.getBytes(StandardCharsets.UTF_8), "application/json", "").statusCode(400)
                .body("errors.find { it.field == 'exercises[1].dosage.repsMax' }.row", equalTo(2))
                .body("errors.find { it.field == 'templates[0].items[0].starter' }.row", equalTo(1));
        as("clinicadmin2").queryParam("q", first).get("/api/exercises").then().statusCode(200).body("items.name", not(hasItem(first)));
    }

    @Test
    void aClashIsRefusedUntilTheCallerRenamesOrSkips() {
        String taken = unique("Taken name");
        create("therapist2", taken, "");
        String other = unique("Uses taken");
        String file = doc(entry("t", taken, "") + "," + entry("o", other, ", \"relations\": [{\"kind\": \"VARIANT_OF\", \"exercise\": \"t\"}]"), "");
        byte[] body = file.getBytes(StandardCharsets.UTF_8);
        importAs("clinicadmin2", body, "application/json", "").statusCode(409)
                .body("clashes.name", hasItem(taken)).body("clashes[0].suggestedName", equalTo(taken + " (imported)"))
                .body("errors[0].field", equalTo("exercises[0].name"));
        importAs("clinicadmin2", body, "application/json", "?dryRun=true").statusCode(409);
        importAs("clinicadmin2", body, "application/json", "?resolution=exercise:" + taken + "=skip").statusCode(200)
                .body("skipped", equalTo(1)).body("exercisesCreated", equalTo(1));
        assertEquals(List.of(taken), detail("therapist2", other).getList("relations.name"), "a skipped exercise means the clinic's own");
        String renamed = unique("Brand new");
        String again = doc(entry("t", taken, ""), "");
        importAs("clinicadmin2", again.getBytes(StandardCharsets.UTF_8), "application/json", "?resolution=exercise:" + taken + "=rename")
                .statusCode(200).body("steps[0].newName", equalTo(taken + " (imported)"));
        importAs("clinicadmin2", again.getBytes(StandardCharsets.UTF_8), "application/json",
                "?resolution=exercise:" + taken + "=rename:" + renamed).statusCode(200).body("steps[0].newName", equalTo(renamed));
        detail("therapist2", taken + " (imported)");
        detail("therapist2", renamed);
    }

    @Test
    void exercisesTravelAsCsvAndComeBackTheSame() {
        String name = unique("Csv row");
        create("therapist1", name, "");
        String csv = new String(export("therapist1", "csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("key,name,subtitle,"), csv.substring(0, 40));
        assertTrue(csv.contains("'=1+1 keeps the spreadsheet calm"), "a formula-like cell is defused");
        assertTrue(csv.contains("1. Hold the band at chest height. | 2. Pull back for {hold}."), "steps are numbered");
        importAs("clinicadmin2", csv.getBytes(StandardCharsets.UTF_8), "text/csv", "?onClash=skip").statusCode(200)
                .body("format", equalTo("CSV"));
        JsonPath a = detail("therapist1", name);
        JsonPath b = detail("therapist2", name);
        for (String field : List.of("subtitle", "bodyRegions", "movement", "difficulty", "position", "equipment", "dosage",
                "steps", "cues", "precautions", "variations", "tags")) {
            assertEquals((Object) a.get(field), b.get(field), field);
        }
        String badCsv = "key,name,body_regions,position,reps_min,reps_max,steps,difficulty\n"
                + "k1," + unique("Line two") + ",KNEE,SITTING,10,12,1. Bend,2\n"
                + "k2," + unique("Line three") + ",KNEE,SITTING,10,12,1. Bend,9\n";
        importAs("clinicadmin2", badCsv.getBytes(StandardCharsets.UTF_8), "text/csv", "").statusCode(400)
                .body("errors[0].row", equalTo(3)).body("errors[0].field", equalTo("difficulty"));
    }

    @Test
    void aZipEntryThatClimbsOutOfTheArchiveIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("library.json"));
            zip.write(doc("", "").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("../evil"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        importAs("clinicadmin2", bytes.toByteArray(), "application/zip", "").statusCode(400)
                .body("errors[0].field", equalTo("file")).body("errors[0].message", containsString("outside the archive"));
    }

    @Test
    void aZipPictureIsCheckedByItsHashAndItsContent() throws Exception {
        String name = unique("Zip picture");
        byte[] notAPicture = "GIF89a pretending".getBytes(StandardCharsets.UTF_8);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(notAPicture));
        String media = ", \"media\": [{\"file\": \"media/a.png\", \"sha256\": \"%s\", \"contentType\": \"image/png\"}]";
        for (String[] c : List.of(new String[] {"0".repeat(64), "exercises[0].media[0].sha256"},
                new String[] {sha, "exercises[0].media[0].file"})) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("library.json"));
                zip.write(doc(entry("a", name, media.formatted(c[0])), "").getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry("media/a.png"));
                zip.write(notAPicture);
            }
            importAs("clinicadmin2", bytes.toByteArray(), "application/zip", "").statusCode(400)
                    .body("errors[0].field", equalTo(c[1])).body("errors[0].row", equalTo(1));
        }
    }

    @Test
    void theSchemaIsPublishedForAnyone() {
        anonymous().get(LibraryFile.SCHEMA_PATH).then().statusCode(200)
                .body("$schema", equalTo("https://json-schema.org/draft/2020-12/schema"));
    }
}
