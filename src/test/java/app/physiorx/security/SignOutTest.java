package app.physiorx.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.BrowserTest;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Signing out is a form POST whose CSRF token is checked before the session ends: without the page's token
 * nothing happens; with it both the app's and Keycloak's sessions end.
 */
@QuarkusTest
class SignOutTest extends BrowserTest {
    private static final Set<Integer> REFUSED = Set.of(400, 403);

    private static RequestOptions noRedirects() {
        return RequestOptions.create().setMaxRedirects(0);
    }

    private static String token(Page page) {
        String token = page.locator("header form[action='/logout'] input[name=csrf-token]").inputValue();
        assertFalse(token.isBlank(), "the Sign out form carries the token");
        return token;
    }

    @Test
    void aSignOutPostWithoutTheRightTokenIsRefusedAndTheSessionGoesOn() {
        Page page = signedIn("therapist1", "/portal");
        String token = token(page);
        String session = CsrfTest.sessionToken(page); // right, so the CSRF check itself is tested
        APIResponse none = page.request().post(url("/logout"), noRedirects()
                .setForm(FormData.create().set("session-token", session)));
        assertTrue(REFUSED.contains(none.status()), "no token: " + none.status());
        APIResponse empty = page.request().post(url("/logout"), noRedirects()
                .setHeader("Content-Type", "application/x-www-form-urlencoded").setData(""));
        assertTrue(REFUSED.contains(empty.status()), "an empty form: " + empty.status());
        APIResponse wrong = page.request().post(url("/logout"), noRedirects()
                .setForm(FormData.create().set("csrf-token", token + "x").set("session-token", session)));
        assertTrue(REFUSED.contains(wrong.status()), "a wrong token: " + wrong.status());
        APIResponse notAForm = page.request().post(url("/logout"), noRedirects()
                .setHeader("Content-Type", "text/plain").setData("csrf-token=" + token));
        assertEquals(415, notAForm.status(), "not a form");
        APIResponse link = page.request().get(url("/logout"), noRedirects());
        assertEquals(405, link.status(), "a link");

        assertEquals(200, page.navigate(url("/portal")).status());
        assertEquals(url("/portal"), page.url(), "still signed in");
        assertTrue(page.isVisible("button:has-text('Sign out')"));
    }

    @Test
    void theSignOutPostWithThePagesTokenEndsTheAppAndKeycloakSessions() {
        Page page = signedIn("therapist1", "/portal");
        token(page);
        FormData tokens = CsrfTest.tokens(page);
        page.navigate("about:blank"); // the portal's alert stream must not reconnect (and sign in again) meanwhile
        APIResponse out = page.request().post(url("/logout"), noRedirects()
                .setForm(tokens));
        assertEquals(303, out.status());
        String location = out.headers().get("location");
        assertTrue(location.contains("/realms/physiorx/protocol/openid-connect/logout?"), location);
        Map<String, String> query = query(location);
        assertEquals("physiorx-web", query.get("client_id"));
        assertEquals(url("/"), query.get("post_logout_redirect_uri"));
        assertFalse(query.getOrDefault("id_token_hint", "").isBlank(), "the ID token names the session: " + location);

        page.navigate(location); // the browser follows the redirect: Keycloak ends its session and returns
        page.waitForLoadState();
        assertTrue(page.url().matches(Pattern.quote(url("/")) + "(\\?.*)?$"), page.url() + "\n" + page.content());
        page.navigate(url("/portal"));
        page.waitForSelector("#password"); // Keycloak asks for the password again: its session is gone
        assertTrue(page.url().contains("/realms/physiorx/"), page.url());
    }

    @Test
    void theSignOutButtonWorksByKeyboard() {
        Page page = signedIn("therapist1", "/portal");
        page.locator("header button:has-text('Sign out')").press("Enter"); // focuses the button, then Enter
        try {
            page.waitForURL(Pattern.compile(Pattern.quote(url("/")) + "(\\?.*)?$"));
        } catch (com.microsoft.playwright.PlaywrightException e) {
            throw new AssertionError("not back on the landing page: " + page.url() + "\n" + page.content(), e);
        }
        try {
            page.locator("header a:has-text('Sign in')").waitFor(); // the landing page, for a visitor
        } catch (com.microsoft.playwright.PlaywrightException e) {
            throw new AssertionError("not the visitor's landing page: " + page.url() + "\n" + page.locator("header").innerHTML(), e);
        }
        page.navigate(url("/portal"));
        try {
            page.waitForSelector("#password");
        } catch (com.microsoft.playwright.PlaywrightException e) {
            throw new AssertionError("signing in again did not ask for the password: " + page.url() + "\n"
                    + page.locator("body").innerText(), e);
        }
        assertFalse(page.url().startsWith(url("/portal")), page.url());
    }

    @Test
    void aStaleSessionCookieLeftAfterSigningOutDoesNotTurnTheLandingPageIntoASignIn() {
        // what a late response can leave behind: the browser session's cookie, no longer valid anywhere
        Page page = signedIn("therapist1", "/portal");
        var stale = page.context().cookies().stream().filter(c -> c.name.startsWith("q_session")).toList();
        assertFalse(stale.isEmpty(), "the portal's session cookie");
        page.locator("header button:has-text('Sign out')").click();
        page.waitForURL(Pattern.compile(Pattern.quote(url("/")) + "(\\?.*)?$"));
        page.context().addCookies(stale);
        for (String path : new String[] {"/", "/api/exercises"}) {
            APIResponse response = page.request().get(url(path), RequestOptions.create().setMaxRedirects(0));
            assertTrue(response.status() == 200 || response.status() == 401, path + " answered " + response.status()
                    + " " + response.headers().get("location"));
        }
    }

    private static Map<String, String> query(String location) {
        Map<String, String> values = new HashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }
}
