package app.physiorx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Browser;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.LoggingPatient;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every patient page on a small phone: 360 and 390 CSS pixels wide, no horizontal scroll, touch targets
 * of at least 24 x 24 px (WCAG 2.2 target size), the pain chart's numbers at least 12 px as drawn.
 */
@QuarkusTest
class PhoneWidthTest extends BrowserTest {
    static final int[] WIDTHS = {360, 390};

    /**
     * Controls smaller than 24 x 24 px (links inside running text are exempt, as WCAG allows; a box inside its
     * label is measured by the label, which takes the tap).
     */
    static final String SMALL_TARGETS = """
            () => [...document.querySelectorAll('button, input:not([type=hidden]), select, textarea, summary, a.button, nav a,'
                     + ' .pain-scale label, label.check')]
              .filter(e => getComputedStyle(e).opacity !== '0' && e.getClientRects().length > 0)
              .map(e => e.tagName === 'INPUT' && e.closest('label') ? e.closest('label') : e)
              .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.width < 24 || r.height < 24); })
              .map(e => e.tagName.toLowerCase() + (e.name ? '[name=' + e.name + ']' : '') + ' "' + (e.textContent || '').trim().slice(0, 30)
                   + '" ' + Math.round(e.getBoundingClientRect().width) + 'x' + Math.round(e.getBoundingClientRect().height))""";

    @Test
    void everyPatientPageFitsTheScreenWithTargetsLargeEnoughToTap() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        long session = patient.log(patient.session(3, 2)).getLong("session.id");
        for (int width : WIDTHS) {
            Page phone = patientOnPhone(patient, width);
            for (String path : List.of("/me", "/me/sessions/new", "/me/sessions", "/me/sessions/" + session)) {
                phone.navigate(url(path));
                Browser.snap(phone, "phone-" + width + path.replace('/', '-').replaceAll("-\\d+$", "-one"));
                fits(phone, width + " px " + path);
            }
            phone.navigate(url("/me/sessions/new"));
            phone.locator("details").first().evaluate("d => d.open = true");
            phone.click("button:has-text('Save this session')");
            phone.waitForSelector("#e-painBefore");
            Browser.snap(phone, "phone-" + width + "-session-form-errors");
            fits(phone, width + " px, the session form showing its errors");
            phone.context().close();
        }
    }

    @Test
    void thePainChartsNumbersAreAtLeastTwelvePixelsOnAPhone() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        patient.log(patient.session(4, 3));
        patient.log(patient.session(3, 2));
        for (int width : WIDTHS) {
            Page phone = patientOnPhone(patient, width);
            phone.navigate(url("/me/sessions"));
            @SuppressWarnings("unchecked")
            List<Number> sizes = (List<Number>) phone.evaluate("""
                    () => { const svg = document.querySelector('svg.pain-chart');
                            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                            return [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale); }""");
            assertTrue(!sizes.isEmpty(), "the chart has labels");
            for (Number size : sizes) {
                assertTrue(size.doubleValue() >= 12, width + " px: a chart label is drawn at " + size + " px");
            }
            double legend = ((Number) phone.evaluate("parseFloat(getComputedStyle(document.querySelector('.chart-legend')).fontSize)"))
                    .doubleValue();
            assertTrue(legend >= 12, "legend at " + legend + " px");
            phone.context().close();
        }
    }

    private static void fits(Page phone, String what) {
        assertEquals(true, phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"),
                what + ": wider than the screen (" + phone.evaluate("document.documentElement.scrollWidth") + " px)");
        assertEquals(List.of(), phone.evaluate(SMALL_TARGETS), what + ": targets under 24 x 24 px");
    }
}
