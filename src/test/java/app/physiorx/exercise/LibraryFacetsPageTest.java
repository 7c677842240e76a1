package app.physiorx.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Axe;
import app.physiorx.support.BrowserTest;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Facets and hiding a starter exercise on the library pages, in Chromium, without relying on JavaScript. */
@QuarkusTest
class LibraryFacetsPageTest extends BrowserTest {

    private static int count(Page page) {
        return Integer.parseInt(page.textContent(".result-count").split(" ")[0]);
    }

    @Test
    void aFacetLinkFiltersAndShowsItsCount() {
        Page page = signedIn("therapist1", "/portal/library");
        assertTrue(page.textContent("main").contains("starter content for your clinic to review"));
        assertEquals(0, Axe.check(page).size(), () -> Axe.check(page).toString());
        String knee = page.locator("nav.facets a:has-text('Knee (')").first().textContent();
        int kneeCount = Integer.parseInt(knee.replaceAll(".*\\((\\d+)\\).*", "$1"));
        page.navigate(url(page.locator("nav.facets a:has-text('Knee (')").first().getAttribute("href")));
        assertEquals(kneeCount, count(page));
        assertTrue(page.textContent("nav.facets strong[aria-current]").startsWith("Knee"));
        page.navigate(url(page.locator("nav.facets a:has-text('Strength (')").first().getAttribute("href")));
        assertTrue(count(page) < kneeCount && count(page) > 0);
        assertTrue(page.url().contains("region=KNEE") && page.url().contains("movement=STRENGTH"), page.url());
        assertEquals(0, Axe.check(page).size(), () -> Axe.check(page).toString());
    }

    @Test
    void aClinicHidesAStarterExerciseAndBringsItBack() {
        Page page = signedIn("clinicadmin1", "/portal/library?q=wrist+circles");
        page.click("a.card-title:has-text('Wrist Circles')");
        page.waitForSelector("h1:has-text('Wrist Circles')");
        page.click("button:has-text('Hide from our library')");
        page.waitForSelector("button:has-text('Show in our library again')");
        assertEquals(0, Axe.check(page).size(), () -> Axe.check(page).toString());
        try {
            page.navigate(url("/portal/library?q=wrist+circles"));
            assertTrue(!page.textContent("#results").contains("Wrist Circles"), "hidden from the list");
            page.check("input[name=hidden]");
            page.click("button:has-text('Search')");
            page.waitForSelector(".hidden-pill");
            assertTrue(page.textContent("#results").contains("Wrist Circles"));
            page.click("a.card-title:has-text('Wrist Circles')");
            page.waitForSelector("h1:has-text('Wrist Circles')");
        } finally {
            page.click("button:has-text('Show in our library again')");
            page.waitForSelector("button:has-text('Hide from our library')");
        }
        page.navigate(url("/portal/library?q=wrist+circles"));
        assertTrue(page.textContent("#results").contains("Wrist Circles"));
    }
}
