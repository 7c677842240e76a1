package app.physiorx.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.LoggingPatient;
import app.physiorx.support.Patients;
import app.physiorx.support.PdfText;
import app.physiorx.support.Tokens;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SameSiteAttribute;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Forged page POSTs, sent with the signed-in browser's own cookies (Playwright's request context), are
 * refused before anything changes: no token, a body that is not a form, another origin, a cross-site
 * fetch. The forms on the pages still work.
 */
@QuarkusTest
class CsrfTest extends BrowserTest {
    private static final String OTHER_SITE = "https://other-site.example";
    private static final Set<Integer> REFUSED = Set.of(400, 403, 405, 415);

    /** Every way a page on another site (or a script) could send the POST; each one must be refused. */
    private static Map<String, Supplier<RequestOptions>> forgeries(String token) {
        Map<String, Supplier<RequestOptions>> all = new LinkedHashMap<>();
        all.put("a form without the token", () -> options().setForm(FormData.create().set("note", "x")));
        all.put("a form with a wrong token", () -> options().setForm(FormData.create().set("csrf-token", token + "x")));
        all.put("text/plain without the token", () -> options().setHeader("Content-Type", "text/plain").setData("hello"));
        all.put("text/plain carrying the token", () -> options().setHeader("Content-Type", "text/plain")
                .setData("csrf-token=" + token));
        all.put("JSON", () -> options().setHeader("Content-Type", "application/json").setData("{}"));
        all.put("no body at all", CsrfTest::options);
        all.put("a multipart form without the token", () -> options().setMultipart(FormData.create().set("note", "x")));
        all.put("the right token from another origin", () -> options().setForm(FormData.create().set("csrf-token", token))
                .setHeader("Origin", OTHER_SITE));
        all.put("the right token in a cross-site fetch", () -> options().setForm(FormData.create().set("csrf-token", token))
                .setHeader("Sec-Fetch-Site", "cross-site"));
        all.put("the right token from a null origin", () -> options().setForm(FormData.create().set("csrf-token", token))
                .setHeader("Origin", "null"));
        return all;
    }

    /** The page's two form tokens: the CSRF token and the session-bound one (both in every {#csrf/}). */
    static FormData tokens(Page page) {
        return FormData.create().set("csrf-token", page.locator("input[name=csrf-token]").first().inputValue())
                .set("session-token", sessionToken(page));
    }

    static String sessionToken(Page page) {
        return page.locator("input[name=session-token]").first().inputValue();
    }

    private static RequestOptions options() {
        return RequestOptions.create().setMaxRedirects(0);
    }

    /** Sends every forgery to the path from the page's signed-in context and expects each to be refused. */
    private void assertForgeriesRefused(Page page, String path) {
        String token = page.locator("input[name=csrf-token]").first().inputValue();
        assertFalse(token.isBlank(), "the page carries a token");
        forgeries(token).forEach((name, request) -> {
            APIResponse response = page.request().post(url(path), request.get());
            assertTrue(REFUSED.contains(response.status()), name + " to " + path + " answered " + response.status());
        });
    }

    @Test
    void aPatientsSignInIsNotResetByAForgedPost() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Page page = signedIn("therapist1", "/portal/patients/" + patient.id());
        assertForgeriesRefused(page, "/portal/patients/" + patient.id() + "/access");
        // the patient's own password still works: nothing was reset
        assertFalse(Tokens.accessToken(patient.username(), Patients.password(patient.username())).isBlank());

        page.click("button:has-text('New temporary password')");
        page.waitForLoadState();
        assertTrue(page.url().startsWith(url("/portal/patients/" + patient.id())), page.url());
    }

    @Test
    void exercisesAreNotArchivedRestoredOrCopiedByForgedPosts() {
        String name = Api.unique("Forgery target");
        long id = Api.as("therapist1").body(app.physiorx.exercise.ExerciseJsonAccess.exercise(name))
                .post("/api/exercises").then().statusCode(201).extract().jsonPath().getLong("id");
        Page page = signedIn("therapist1", "/portal/library/" + id);
        for (String action : List.of("archive", "restore", "copy")) {
            assertForgeriesRefused(page, "/portal/library/" + id + "/" + action);
        }
        Api.as("therapist1").get("/api/exercises/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));
        assertEquals(1, Api.as("therapist1").queryParam("q", name).get("/api/exercises").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.name.startsWith('" + name + "') }").size(),
                "no copy was made");

        page.click("button:has-text('Archive')");
        page.waitForLoadState();
        Api.as("therapist1").get("/api/exercises/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ARCHIVED"));
    }

    @Test
    void programItemsAreNotMovedOrRemovedByForgedPosts() {
        long patient = Patients.create("therapist1", "Nora", Api.unique("Forged").replace(' ', '-')).id();
        long template = Api.as("therapist1").get("/api/templates").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Upper back pain' }.id");
        long program = Api.as("therapist1").body(Map.of("templateId", template))
                .post("/api/patients/" + patient + "/programs").then().statusCode(201).extract().jsonPath().getLong("id");
        List<Object> before = itemIds(program);
        assertTrue(before.size() >= 2, "the template gives items: " + before);
        Page page = signedIn("therapist1", "/portal/programs/" + program);
        for (String action : List.of("up", "down", "remove")) {
            assertForgeriesRefused(page, "/portal/programs/" + program + "/items/" + before.get(1) + "/" + action);
        }
        assertEquals(before, itemIds(program), "items unchanged");

        page.locator("button:has-text('Remove')").first().click();
        page.waitForLoadState();
        assertEquals(before.size() - 1, itemIds(program).size());
    }

    private static List<Object> itemIds(long program) {
        return Api.as("therapist1").get("/api/programs/" + program).then().statusCode(200).extract().jsonPath()
                .getList("items.id");
    }

    @Test
    void theFirstHandoutPrintsTheSignInOnlyOnAnExplicitPostWithTheToken() throws Exception {
        Patients.Created patient = Patients.create("therapist1", "Ida", Api.unique("Handout").replace(' ', '-'));
        long template = Api.as("therapist1").get("/api/templates").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Upper back pain' }.id");
        long program = Api.as("therapist1").body(Map.of("templateId", template))
                .post("/api/patients/" + patient.id() + "/programs").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as("therapist1").post("/api/programs/" + program + "/publish").then().statusCode(200);
        Page page = signedIn("therapist1", "/portal/programs/" + program + "/versions/1");
        String path = "/portal/programs/" + program + "/versions/1/handout.pdf";

        APIResponse link = page.request().get(url(path));
        assertEquals(200, link.status());
        assertFalse(PdfText.of(link.body()).contains(patient.temporaryPassword()), "a link never prints the sign-in");
        assertForgeriesRefused(page, path);

        FormData form = tokens(page);
        APIResponse first = page.request().post(url(path), options().setForm(form));
        assertEquals(200, first.status());
        assertTrue(PdfText.of(first.body()).contains(patient.temporaryPassword()), "the explicit print carries the sign-in");
        APIResponse again = page.request().post(url(path), options().setForm(tokens(page)));
        assertFalse(PdfText.of(again.body()).contains(patient.temporaryPassword()), "only once");
    }

    @Test
    void theCaseloadBulkDownloadIsAFormPostWithTheToken() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Page page = signedIn("therapist1", "/portal/patients");
        assertEquals("post", page.getAttribute("#bulk-handouts", "method"));
        assertForgeriesRefused(page, "/portal/handouts/bulk.zip");
        APIResponse zip = page.request().post(url("/portal/handouts/bulk.zip"), options()
                .setForm(tokens(page).set("patientId", String.valueOf(patient.id()))));
        assertEquals(200, zip.status());
        assertEquals("application/zip", zip.headers().get("content-type"));
    }

    @Test
    void signingOutTakesAPostAndALinkToItChangesNothing() {
        Page page = signedIn("therapist1", "/portal");
        APIResponse link = page.request().get(url("/logout"), RequestOptions.create().setMaxRedirects(0));
        assertEquals(405, link.status());
        APIResponse fromElsewhere = page.request().post(url("/logout"), options().setHeader("Origin", OTHER_SITE)
                .setForm(FormData.create().set("csrf-token", page.locator("input[name=csrf-token]").first().inputValue())));
        assertEquals(403, fromElsewhere.status());
        assertEquals(200, page.navigate(url("/portal")).status());
        assertEquals(url("/portal"), page.url(), "still signed in");

        page.click("text=Sign out");
        page.waitForLoadState();
        assertFalse(page.url().startsWith(url("/portal")), page.url());
    }

    @Test
    void theCsrfCookieIsHttpOnlyAndSameSiteLax() {
        Page page = signedIn("therapist1", "/portal/patients");
        Cookie cookie = page.context().cookies().stream().filter(c -> c.name.equals("csrf-token")).findFirst().orElseThrow();
        assertEquals(SameSiteAttribute.LAX, cookie.sameSite);
        assertTrue(cookie.httpOnly);
    }
}
