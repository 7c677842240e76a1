package app.physiorx.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Axe;
import app.physiorx.support.Axe.Violation;
import app.physiorx.support.Browser;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.PatientRecords;
import app.physiorx.support.Patients;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * axe-core on every page of the app, portal and patient, as the people who use them see it (including
 * the print view, the error pages and forms showing their validation errors): no violation of any impact.
 * The pages are listed in src/test/resources/a11y-pages.txt; {@link #everyHtmlPageIsInTheList} fails when a
 * new page is not. The figures per page go to target/axe-report.txt.
 */
@QuarkusTest
class AccessibilityTest extends BrowserTest {

    @Test
    void everyHtmlPageIsInTheList() throws Exception {
        TreeSet<String> listed = new TreeSet<>();
        A11yPages.read().forEach(p -> listed.add(p.route().replace("{missing}", "{id}")));
        List<String> missing = A11yPages.htmlRoutes().stream().filter(r -> !listed.contains(r)).toList();
        assertTrue(missing.isEmpty(), "pages without an accessibility check (add them to a11y-pages.txt): " + missing);
    }

    @Test
    void everyPageHasNoAxeViolations() throws Exception {
        PatientRecords records = PatientRecords.of("therapist1", "A11y");
        Map<String, String> ids = new HashMap<>(records.ids());
        Map<String, Page> pages = new HashMap<>();
        StringBuilder report = new StringBuilder();
        List<String> problems = new ArrayList<>();
        int total = 0;
        for (A11yPages.Entry entry : A11yPages.read()) {
            if (entry.viewer().equals("-")) {
                continue;
            }
            Page page = pages.computeIfAbsent(entry.viewer(), who -> open(who, records));
            page.navigate(url(concrete(entry.route(), ids)));
            total += check(entry.route() + " as " + entry.viewer(), page, report, problems);
            if (entry.after() != null) {
                page.click(entry.after());
                page.waitForLoadState();
                total += check(entry.route() + " as " + entry.viewer() + ", after " + entry.after(), page, report, problems);
            }
        }
        report.append("total violating elements: ").append(total).append('\n');
        Files.writeString(Path.of("target/axe-report.txt"), report.toString());
        assertTrue(problems.isEmpty(), "axe-core found violations (all figures in target/axe-report.txt):\n"
                + String.join("\n", problems));
    }

    private int check(String label, Page page, StringBuilder report, List<String> problems) {
        List<Violation> violations = Axe.check(page);
        Map<String, Integer> counts = Axe.byImpact(violations);
        int sum = counts.values().stream().mapToInt(Integer::intValue).sum();
        report.append(String.format("%-90s %s%n", label, counts));
        for (Violation v : violations) {
            report.append("    ").append(v).append('\n');
            problems.add(label + ": " + v);
        }
        return sum;
    }

    private Page open(String viewer, PatientRecords records) {
        return switch (viewer) {
            case "anonymous" -> browser.newPage();
            case "therapist" -> signedIn("therapist1", "/portal");
            case "admin" -> signedIn("clinicadmin1", "/portal");
            case "patient" -> {
                Page page = browser.newPhonePage();
                page.navigate(url("/me"));
                Browser.keycloakLogin(page, records.patient().username(), Patients.password(records.patient().username()));
                page.waitForURL(url("/me"));
                yield page;
            }
            default -> throw new IllegalArgumentException("unknown viewer in a11y-pages.txt: " + viewer);
        };
    }

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    /** Fills a route's parameters with the fixture's ids by what the route is about. */
    static String concrete(String route, Map<String, String> ids) {
        Matcher m = PARAM.matcher(route);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = route.substring(0, m.start());
            String value = switch (m.group(1)) {
                case "missing" -> "987654321";
                case "patientId" -> ids.get("patient");
                case "measureId" -> ids.get("measure");
                case "n" -> "1";
                case "language" -> "es";
                default -> before.endsWith("/patients/") ? ids.get("patient")
                        : before.endsWith("/programs/") ? ids.get("program")
                        : before.endsWith("/alerts/") ? ids.get("alert")
                        : before.endsWith("/sessions/") ? ids.get("session")
                        : before.endsWith("/library/") ? ids.get("exercise")
                        : before.endsWith("/templates/") ? ids.get("template") : "1";
            };
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString();
    }
}
