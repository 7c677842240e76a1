package app.physiorx.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.Patients;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Every signed-in page POST carries, besides the CSRF token, a token bound to the user and their Keycloak
 * session (HMAC of subject and session id). A token from another user's or another session's page is refused
 * like a bad CSRF token; it does not change within a session, so a second tab or a download breaks no form.
 */
@QuarkusTest
class SessionFormTokenTest extends BrowserTest {
    private static RequestOptions noRedirects() {
        return RequestOptions.create().setMaxRedirects(0);
    }

    private static String csrf(Page page) {
        return page.locator("input[name=csrf-token]").first().inputValue();
    }

    @Test
    void aSessionTokenFromAnotherUsersOrAnotherSessionsPageIsRefused() {
        Page mine = signedIn("therapist3", "/portal");
        Page other = signedIn("therapist1", "/portal");
        Page otherAgain = signedIn("therapist1", "/portal"); // the same user in a second browser: another session
        String mineToken = CsrfTest.sessionToken(mine);
        assertFalse(mineToken.isBlank(), "every form carries the session token");
        assertNotEquals(mineToken, CsrfTest.sessionToken(other));
        assertNotEquals(CsrfTest.sessionToken(other), CsrfTest.sessionToken(otherAgain));

        Map<String, FormData> forged = Map.of(
                "another user's token", FormData.create().set("csrf-token", csrf(mine))
                        .set("session-token", CsrfTest.sessionToken(other)),
                "no session token", FormData.create().set("csrf-token", csrf(mine)),
                "a changed token", FormData.create().set("csrf-token", csrf(mine)).set("session-token", mineToken + "x"));
        forged.forEach((name, form) -> {
            assertEquals(400, mine.request().post(url("/logout"), noRedirects().setForm(form)).status(), name);
            assertEquals(400, mine.request().post(url("/logout"), noRedirects().setMultipart(form)).status(),
                    name + " (multipart)");
        });
        APIResponse sameUserOtherSession = otherAgain.request().post(url("/logout"), noRedirects()
                .setForm(FormData.create().set("csrf-token", csrf(otherAgain)).set("session-token", CsrfTest.sessionToken(other))));
        assertEquals(400, sameUserOtherSession.status(), "another session of the same user");

        assertEquals(200, mine.navigate(url("/portal")).status());
        assertEquals(url("/portal"), mine.url(), "still signed in");
        APIResponse own = mine.request().post(url("/logout"), noRedirects().setForm(CsrfTest.tokens(mine)));
        assertEquals(303, own.status(), "the page's own tokens sign out");
    }

    @Test
    void aSecondTabAndAPdfDownloadDoNotBreakAnOpenForm() {
        long exercise = Api.as("therapist1").body(app.physiorx.exercise.ExerciseJsonAccess.exercise(Api.unique("Open form")))
                .post("/api/exercises").then().statusCode(201).extract().jsonPath().getLong("id");
        long patient = Patients.create("therapist1", "Ada", Api.unique("Tabs").replace(' ', '-')).id();
        long template = Api.as("therapist1").get("/api/templates").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Upper back pain' }.id");
        long program = Api.as("therapist1").body(Map.of("templateId", template))
                .post("/api/patients/" + patient + "/programs").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as("therapist1").post("/api/programs/" + program + "/publish").then().statusCode(200);

        Page page = signedIn("therapist1", "/portal/library/" + exercise);
        String before = CsrfTest.sessionToken(page);
        Page tab = page.context().newPage();
        tab.navigate(url("/portal/programs/" + program + "/versions/1"));
        assertEquals(before, CsrfTest.sessionToken(tab), "one token for the whole session");
        APIResponse pdf = tab.request().get(url("/portal/programs/" + program + "/versions/1/handout.pdf"));
        assertEquals(200, pdf.status());
        assertTrue(pdf.headers().get("content-type").startsWith("application/pdf"), pdf.headers().toString());

        page.click("button:has-text('Archive')");
        page.waitForLoadState();
        Api.as("therapist1").get("/api/exercises/" + exercise).then().statusCode(200)
                .body("status", Matchers.equalTo("ARCHIVED"));
    }
}
