package app.physiorx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.BrowserTest;
import app.physiorx.support.LoggingPatient;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keyboard use: the skip link, our own visible focus ring (WCAG 2.4.7), pain chips that show chosen and focused apart. */
@QuarkusTest
class KeyboardAndFocusTest extends BrowserTest {

    @Test
    void theFirstTabStopSkipsToTheMainContent() {
        Page page = signedIn("therapist1", "/portal");
        page.keyboard().press("Tab");
        assertEquals("Skip to the main content", page.evaluate("document.activeElement.textContent").toString().strip());
        assertTrue(page.isVisible(".skip-link"), "the skip link shows when focused");
        page.keyboard().press("Enter");
        assertEquals("main", page.evaluate("document.activeElement.id"));
    }

    @Test
    void everyKindOfControlShowsAFocusRingOfOurOwn() {
        Page page = signedIn("therapist1", "/portal/patients/new");
        for (String control : new String[] {"a.brand", "#f-firstName", "button[type=submit]:has-text('Add patient')", "select"}) {
            page.locator(control).first().focus();
            page.keyboard().press("Shift+Tab");
            page.keyboard().press("Tab");
            @SuppressWarnings("unchecked")
            Map<String, Object> ring = (Map<String, Object>) page.evaluate("""
                    () => { const s = getComputedStyle(document.activeElement);
                            return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor }; }""");
            assertEquals("solid", ring.get("style"), control + ": " + ring);
            assertTrue(((Number) ring.get("width")).doubleValue() >= 3, control + ": " + ring);
            assertEquals("rgb(180, 83, 9)", ring.get("color"), control + " uses our ring colour");
        }
    }

    @Test
    void aChosenPainChipAndAFocusedOneLookDifferent() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Page phone = patientOnPhone(patient, 390);
        phone.navigate(url("/me/sessions/new"));
        phone.click(".pain-scale:has(input[name=painBefore]) label:has-text('4')");
        phone.keyboard().press("ArrowRight"); // radio groups move the choice with the arrows: 5 is now chosen and focused
        phone.keyboard().press("Shift+Tab");
        phone.keyboard().press("Tab"); // back onto the group by keyboard, so :focus-visible applies
        Map<String, Object> chosen = chip(phone, "5");
        assertEquals("rgb(11, 110, 110)", chosen.get("background"), "the chosen chip is filled");
        assertEquals("solid", chosen.get("outline"), "the focused chip carries the ring");
        Map<String, Object> other = chip(phone, "6");
        assertNotEquals(chosen.get("background"), other.get("background"));
        assertEquals("none", other.get("outline"));
        phone.click(".pain-scale:has(input[name=painAfter]) label:has-text('2')"); // focus leaves the first scale
        Map<String, Object> chosenNotFocused = chip(phone, "5");
        assertEquals("rgb(11, 110, 110)", chosenNotFocused.get("background"));
        assertEquals("none", chosenNotFocused.get("outline"), "chosen without focus has no ring: the two look different");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> chip(Page page, String value) {
        return (Map<String, Object>) page.evaluate("""
                v => { const l = document.querySelector('input[name=painBefore][value="' + v + '"]').closest('label');
                       const s = getComputedStyle(l); return { background: s.backgroundColor, outline: s.outlineStyle }; }""", value);
    }
}
