package app.physiorx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Axe;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.KeycloakAdmin;
import app.physiorx.support.Patients;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keycloak's sign-in pages in PhysioRx's login theme ({@code docker/keycloak/themes/physiorx}), in English and
 * in Spanish: by {@code ui_locales}, and for a patient whose language is Spanish through the Keycloak account's
 * {@code locale} attribute, which the app keeps with the patient's language. Each page passes axe-core.
 */
@QuarkusTest
public class SpanishSignInTest extends BrowserTest {

    /** The Keycloak sign-in page the app sends a browser to, with extra query parameters. */
    private Page signInPage(String extra) {
        Page page = browser.newPage();
        page.navigate(url("/me"));
        page.waitForSelector("#username");
        if (!extra.isEmpty()) {
            page.navigate(page.url() + extra);
            page.waitForSelector("#username");
        }
        return page;
    }

    @Test
    void theSignInPageSpeaksEnglishByDefault() {
        Page page = signInPage("");
        assertEquals("en", page.getAttribute("html", "lang"));
        assertTrue(page.textContent("body").contains("Password"), page.textContent("body"));
        assertTrue(page.title().contains("PhysioRx"), page.title());
        assertEquals(List.of(), Axe.check(page), "the English sign-in page");
    }

    @Test
    void uiLocalesEsGivesTheSpanishSignInPage() {
        Page page = signInPage("&ui_locales=es");
        assertEquals("es", page.getAttribute("html", "lang"));
        assertTrue(page.textContent("body").contains("Contraseña"), page.textContent("body"));
        assertTrue(page.title().contains("PhysioRx"), page.title());
        assertEquals(List.of(), Axe.check(page), "the Spanish sign-in page");
    }

    /** The links we give a Spanish-speaking patient (email, calendar, handout) end in ?lang=es: the redirect asks Keycloak for Spanish. */
    @Test
    void aLinkWithLangEsOpensTheSpanishSignInPage() {
        Page page = browser.newPage();
        page.navigate(url("/me?lang=es"));
        page.waitForSelector("#username");
        assertTrue(page.url().contains("ui_locales=es"), page.url());
        assertEquals("es", page.getAttribute("html", "lang"));
        assertTrue(page.textContent("body").contains("Contraseña"), page.textContent("body"));

        Page other = browser.newPage();
        other.navigate(url("/me?lang=fr")); // a language the theme does not have: Keycloak's own choice
        other.waitForSelector("#username");
        assertTrue(!other.url().contains("ui_locales"), other.url());
        assertEquals("en", other.getAttribute("html", "lang"));
    }

    @Test
    void aSpanishPatientsAccountCarriesTheirLanguage() {
        Patients.Created patient = Patients.create("therapist1", "Inés", "Localeva");
        SpanishPagesTest.setLanguage(patient.id(), "es");
        assertEquals(List.of("es"), localeOf(patient.username()));

        // the first sign-in with the temporary password asks for a new one: in Spanish, from the account's locale
        Page page = signInPage("");
        page.fill("#username", patient.username());
        page.fill("#password", patient.temporaryPassword());
        page.click("#kc-login");
        page.waitForSelector("#password-new");
        assertEquals("es", page.getAttribute("html", "lang"));
        assertTrue(page.textContent("body").contains("Contraseña"), page.textContent("body"));
        assertEquals(List.of(), Axe.check(page), "the Spanish new-password page");

        SpanishPagesTest.setLanguage(patient.id(), "en");
        assertEquals(List.of("en"), localeOf(patient.username()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> localeOf(String username) {
        Map<String, Object> user = KeycloakAdmin.usersWithLastName("Localeva").stream()
                .filter(u -> username.equals(u.get("username"))).findFirst().orElseThrow();
        Map<String, Object> attributes = (Map<String, Object>) user.getOrDefault("attributes", Map.of());
        return (List<String>) attributes.getOrDefault("locale", List.of());
    }
}
