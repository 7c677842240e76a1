package app.physiorx.handout;

import static app.physiorx.support.Api.anonymous;
import static app.physiorx.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Patients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;

@QuarkusTest
class HandoutTest {

    /** A published version for a new patient of therapist1, with notes that test the layout. */
    private static long[] publishedProgram(String last, String notes) {
        var patient = Patients.create("therapist1", "Zoë", last);
        long template = as("therapist1").get("/api/templates").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Upper back pain' }.id");
        JsonPath draft = as("therapist1").body(Map.of("templateId", template)).post("/api/patients/" + patient.id() + "/programs")
                .then().statusCode(201).extract().jsonPath();
        long id = draft.getLong("id");
        if (notes != null) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Map<String, Object> i : draft.<Map<String, Object>>getList("items")) {
                Map<String, Object> item = new HashMap<>();
                item.put("exerciseId", i.get("exerciseId"));
                item.put("notes", notes);
                items.add(item);
            }
            as("therapist1").body(Map.of("title", "Übungen für Zoë – «mid-back» Ω", "items", items)).put("/api/programs/" + id)
                    .then().statusCode(200);
        }
        as("therapist1").post("/api/programs/" + id + "/publish").then().statusCode(200);
        return new long[] {id, patient.id()};
    }

    private static byte[] download(String user, String path) {
        return as(user).get(path).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString(".pdf\"")).extract().asByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        return app.physiorx.support.PdfText.of(pdf);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + " said:\n" + out);
        return out;
    }

    @Test
    void everyPrescribedValueIsInTheTextLayer() throws Exception {
        long[] ids = publishedProgram("Adler", null);
        JsonPath version = as("therapist1").get("/api/programs/" + ids[0] + "/versions/1").then().statusCode(200).extract().jsonPath();
        byte[] pdf = download("therapist1", "/api/programs/" + ids[0] + "/versions/1/handout.pdf");
        String text = text(pdf).replaceAll("\\s+", " ");
        for (Map<String, Object> item : version.<Map<String, Object>>getList("items")) {
            assertTrue(text.contains((String) item.get("exerciseName")), "name " + item.get("exerciseName"));
            assertTrue(text.contains((String) item.get("inWords")), "dosage " + item.get("inWords"));
        }
        assertTrue(text.contains("Zoë Adler"), "accented name");
        assertTrue(text.contains("Stay safe"));
        assertTrue(text.contains("/me"), "address of the patient's page");
        assertTrue(text.contains("Two-week log"));
        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        assertTrue(text.contains("Page 1 of " + pages), "page numbers");
        assertTrue(reader.getInfo().get("Title").contains("Zoë Adler"));
        assertTrue(reader.getInfo().get("Subject").contains("version 1"));
    }

    @Test
    void handoutPassesQpdfHasEmbeddedFontsAndRenders() throws Exception {
        long[] ids = publishedProgram("Brandt", null);
        byte[] pdf = download("therapist1", "/api/programs/" + ids[0] + "/versions/1/handout.pdf");
        Path dir = Files.createTempDirectory("handout");
        Path file = dir.resolve("handout.pdf");
        Files.write(file, pdf);
        run("qpdf", "--check", file.toString());
        String fonts = run("pdffonts", file.toString());
        assertTrue(fonts.contains("DejaVuSans"), fonts);
        for (String line : fonts.lines().skip(2).toList()) {
            assertTrue(line.matches(".*\\byes\\s+yes\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"), "embedded subset: " + line);
        }
        run("pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", file.toString(), dir.resolve("page").toString());
        Path png = Files.list(dir).filter(f -> f.getFileName().toString().endsWith(".png")).findFirst().orElseThrow();
        assertTrue(Files.size(png) > 2_000, "page 1 drew something");
    }

    @Test
    void hostileTherapistTextLaysOutWithoutOverflowOrCrash() throws Exception {
        // Tags are refused at input (issue 3); what is allowed must still print as plain text.
        String notes = "Keep pain < 3 & stop if > 5 \"quoted\" " + "Supercalifragilistic".repeat(15) + " Привет, Γειά σου, "
                + "x".repeat(1500);
        long[] ids = publishedProgram("Castillo", notes.substring(0, 1000));
        byte[] pdf = download("therapist1", "/api/programs/" + ids[0] + "/versions/1/handout.pdf");
        String text = text(pdf);
        assertTrue(text.contains("Привет"), "Cyrillic");
        assertTrue(text.contains("Keep pain < 3 & stop if > 5"), "special characters printed as text");
        byte[] large = download("therapist1", "/api/programs/" + ids[0] + "/versions/1/handout.pdf?largePrint=true");
        assertTrue(new PdfReader(large).getNumberOfPages() > new PdfReader(pdf).getNumberOfPages(), "large print takes more pages");
    }

    @Test
    void markupLikeCharactersInNotesPrintAsTyped() throws Exception {
        String notes = "Keep it < 5 kg & \"slow\"; stop if pain > 6/10 or it tingles";
        long[] ids = publishedProgram("Ortiz", notes);
        String text = text(download("therapist1", "/api/programs/" + ids[0] + "/versions/1/handout.pdf"));
        assertTrue(text.replaceAll("\\s+", " ").contains(notes), text);
    }

    @Test
    void handoutIsScopedLikeTheProgram() {
        long[] ids = publishedProgram("Dietz", null);
        String path = "/api/programs/" + ids[0] + "/versions/1/handout.pdf";
        download("clinicadmin1", path);
        as("therapist3").get(path).then().statusCode(404);
        as("therapist2").get(path).then().statusCode(404);
        as("clinicadmin2").get(path).then().statusCode(404);
        as("patient1").get(path).then().statusCode(403);
        anonymous().get(path).then().statusCode(401);
        as("therapist1").get("/api/programs/" + ids[0] + "/versions/9/handout.pdf").then().statusCode(404);
    }

    @Test
    void patientDownloadsOnlyTheirOwnCurrentHandout() {
        var patient = Patients.create("therapist1", "Eva", "Falk");
        String token = Patients.activate(patient.username());
        given().auth().oauth2(token).get("/api/me/program/handout.pdf").then().statusCode(404);
        long template = as("therapist1").get("/api/templates").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Upper back pain' }.id");
        long id = as("therapist1").body(Map.of("templateId", template)).post("/api/patients/" + patient.id() + "/programs")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as("therapist1").post("/api/programs/" + id + "/publish").then().statusCode(200);
        given().auth().oauth2(token).get("/api/me/program/handout.pdf").then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("falk-upper-back-pain-v1.pdf"));
        given().auth().oauth2(token).get("/api/programs/" + id + "/versions/1/handout.pdf").then().statusCode(403);
        anonymous().get("/api/me/program/handout.pdf").then().statusCode(401);
        as("therapist1").get("/api/me/program/handout.pdf").then().statusCode(403);
    }

    @Test
    void bulkZipHoldsOneHandoutPerPatientAndNamesThoseWithout() throws Exception {
        long[] first = publishedProgram("Gray", null);
        long[] second = publishedProgram("Holm", null);
        var without = Patients.create("therapist1", "Ivo", "Janke");
        byte[] zip = as("therapist1").get("/api/handouts/bulk.zip?patientId=" + first[1] + "&patientId=" + second[1]
                        + "&patientId=" + without.id())
                .then().statusCode(200).contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> entries = new HashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertTrue(entries.containsKey("gray-upper-back-pain-v1.pdf"), entries.keySet().toString());
        assertTrue(entries.containsKey("holm-upper-back-pain-v1.pdf"), entries.keySet().toString());
        assertTrue(text(entries.get("holm-upper-back-pain-v1.pdf")).contains("Zoë Holm"));
        assertTrue(new String(entries.get("not-included.txt"), StandardCharsets.UTF_8).contains("Ivo Janke"));
    }

    @Test
    void bulkZipRefusesPatientsOutsideTheCallersScope() {
        long[] mine = publishedProgram("Kern", null);
        var foreign = Patients.create("therapist2", "Lia", "Moro");
        as("therapist1").get("/api/handouts/bulk.zip?patientId=" + mine[1] + "&patientId=" + foreign.id())
                .then().statusCode(404).contentType("application/problem+json");
        as("therapist3").get("/api/handouts/bulk.zip?patientId=" + mine[1]).then().statusCode(404);
        as("therapist1").get("/api/handouts/bulk.zip").then().statusCode(400);
        as("patient1").get("/api/handouts/bulk.zip?patientId=" + mine[1]).then().statusCode(403);
        anonymous().get("/api/handouts/bulk.zip?patientId=" + mine[1]).then().statusCode(401);
    }

    @Test
    void firstHandoutAfterAccessPrintsTheSignInAndLaterOnesNever() throws Exception {
        var patient = Patients.create("therapist1", "Nora", "Quist");
        long template = as("therapist1").get("/api/templates").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Upper back pain' }.id");
        long id = as("therapist1").body(Map.of("templateId", template)).post("/api/patients/" + patient.id() + "/programs")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as("therapist1").post("/api/programs/" + id + "/publish").then().statusCode(200);
        String path = "/api/programs/" + id + "/versions/1/handout.pdf";
        String first = text(download("therapist1", path));
        assertTrue(first.contains(patient.temporaryPassword()), "first handout carries the temporary password: " + first.substring(Math.max(0, first.indexOf("Log your")), Math.min(first.length(), first.indexOf("Log your") + 600)));
        assertTrue(first.contains(patient.username()));
        String second = text(download("therapist1", path));
        assertTrue(!second.contains(patient.temporaryPassword()), "never on a later handout");
        String reissued = as("therapist1").post("/api/patients/" + patient.id() + "/access").then().statusCode(200)
                .extract().path("temporaryPassword");
        String token = Patients.activate(patient.username());
        given().auth().oauth2(token).get("/api/me/program").then().statusCode(200);
        assertTrue(!text(download("therapist1", path)).contains(reissued), "a patient who signed in needs no password on paper");
    }

    @Test
    void clinicLogoPrintsInTheHeaderOfItsOwnClinicsHandouts() throws Exception {
        byte[] logo = app.physiorx.support.Pictures.picture("png", 300, 100);
        given().header("Authorization", app.physiorx.support.Tokens.bearer("therapist2")).contentType("image/png").body(logo)
                .put("/api/clinic/logo").then().statusCode(403);
        given().contentType("image/png").body(logo).put("/api/clinic/logo").then().statusCode(401);
        given().header("Authorization", app.physiorx.support.Tokens.bearer("clinicadmin2")).contentType("image/png")
                .body("not a picture".getBytes(StandardCharsets.UTF_8)).put("/api/clinic/logo").then().statusCode(400);
        given().header("Authorization", app.physiorx.support.Tokens.bearer("clinicadmin2")).contentType("image/png").body(logo)
                .put("/api/clinic/logo").then().statusCode(204);

        var patient = Patients.create("therapist2", "Olga", "Petrov");
        long template = as("therapist2").get("/api/templates").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Upper back pain' }.id");
        long id = as("therapist2").body(Map.of("templateId", template)).post("/api/patients/" + patient.id() + "/programs")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as("therapist2").post("/api/programs/" + id + "/publish").then().statusCode(200);
        byte[] pdf = download("therapist2", "/api/programs/" + id + "/versions/1/handout.pdf");
        Path file = Files.createTempFile("logo", ".pdf");
        Files.write(file, pdf);
        String images = run("pdfimages", "-list", "-f", "1", "-l", "1", file.toString());
        assertTrue(images.lines().count() >= 3, "page 1 holds the logo:\n" + images);

        long[] riverside = publishedProgram("Ruiz", null);
        Path other = Files.createTempFile("nologo", ".pdf");
        Files.write(other, download("therapist1", "/api/programs/" + riverside[0] + "/versions/1/handout.pdf"));
        assertEquals(2, run("pdfimages", "-list", "-f", "1", "-l", "1", other.toString()).lines().count(),
                "another clinic's handout has no logo");
    }
}
