package app.physiorx.libraryio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Axe;
import app.physiorx.support.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The portal's import form, in Chromium without JavaScript help: a bad file comes back with its errors listed. */
@QuarkusTest
class LibraryTransferPageTest extends BrowserTest {

    @Test
    void aBadFileIsListedByRowAndFieldAndAGoodOneIsImported() {
        Page page = signedIn("clinicadmin2", "/portal/library");
        page.click("a:has-text('import a library file')");
        page.waitForSelector("h1:has-text('Export and import')");
        assertEquals(0, Axe.check(page).size(), () -> Axe.check(page).toString());
        String bad = LibraryIoApiTest.doc(LibraryIoApiTest.entry("a", "Page import one", ", \"difficulty\": 7"), "");
        page.setInputFiles("#file", new FilePayload("library.json", "application/json", bad.getBytes(StandardCharsets.UTF_8)));
        page.click("button:has-text('Import')");
        page.waitForSelector("#import-errors");
        String errors = page.textContent("#import-errors");
        assertTrue(errors.contains("exercises[0].difficulty") && errors.contains("Nothing was imported"), errors);
        assertEquals(0, Axe.check(page).size(), () -> Axe.check(page).toString());

        String name = app.physiorx.support.Api.unique("Page import");
        String good = LibraryIoApiTest.doc(LibraryIoApiTest.entry("a", name, ""), "");
        page.setInputFiles("#file", new FilePayload("library.json", "application/json", good.getBytes(StandardCharsets.UTF_8)));
        page.click("button:has-text('Import')");
        page.waitForSelector("#import-done");
        assertTrue(page.textContent("#import-done").contains("Imported 1 exercises"), page.textContent("#import-done"));
        page.setInputFiles("#file", new FilePayload("library.json", "application/json", good.getBytes(StandardCharsets.UTF_8)));
        page.click("button:has-text('Import')");
        page.waitForSelector("#import-clashes");
        assertEquals(0, Axe.check(page).size(), () -> Axe.check(page).toString());
        page.selectOption("#clash-1", "exercise:" + name + "=rename");
        page.setInputFiles("#file", new FilePayload("library.json", "application/json", good.getBytes(StandardCharsets.UTF_8)));
        page.click("button:has-text('Import')");
        page.waitForSelector("#import-done");
    }

    @Test
    void aTherapistSeesTheDownloadsButNoImportForm() {
        Page page = signedIn("therapist1", "/portal/library/transfer");
        assertTrue(page.textContent("main").contains("Export your clinic's library"));
        assertEquals(0, page.locator("#file").count());
    }
}
