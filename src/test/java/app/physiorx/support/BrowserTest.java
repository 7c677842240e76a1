package app.physiorx.support;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the Playwright tests: one Chromium per class, URLs of the app under test, real Keycloak sign-in. */
public abstract class BrowserTest {
    protected static Browser browser;

    @TestHTTPResource("/")
    protected URL base;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    protected String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** A fresh phone-sized context (the given width, 844 px high) signed in as the patient, on /me. */
    protected Page patientOnPhone(LoggingPatient patient, int width) {
        Page page = browser.newPhonePage(width);
        page.navigate(url("/me"));
        Browser.keycloakLogin(page, patient.username(), Patients.password(patient.username()));
        page.waitForURL(url("/me"));
        return page;
    }

    /** A fresh browser context signed in as the demo user (password = username), on the given page. */
    protected Page signedIn(String user, String path) {
        Page page = browser.newPage();
        page.navigate(url(path));
        Browser.keycloakLogin(page, user, user);
        page.waitForURL(url(path));
        return page;
    }
}
