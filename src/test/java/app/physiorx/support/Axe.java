package app.physiorx.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * axe-core (Deque's build from npm, bundled in com.deque.html.axe-core:playwright) run on the page a
 * Playwright test has open. AxeBuilder injects the script through evaluate, which our CSP
 * (script-src 'self') does not stop. Every rule axe enables by default runs: WCAG 2.x A and AA and
 * the best practices. Added to them, since axe 4.x no longer runs its duplicate-id rules: every id is used
 * once (a label of one form field must never name another's box).
 */
public final class Axe {
    /** The impacts axe knows, worst first. */
    public static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");

    private Axe() {
    }

    /** One violated rule on one page: the rule, its impact and the elements (CSS targets) that break it. */
    public record Violation(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " -> " + String.join(" | ", targets);
        }
    }

    public static List<Violation> check(Page page) {
        AxeResults results = new AxeBuilder(page).analyze();
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core did not run on " + page.url() + ": " + results.getErrorMessage());
        }
        List<Violation> out = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            List<String> targets = new ArrayList<>();
            for (CheckedNode node : rule.getNodes()) {
                targets.add(String.valueOf(node.getTarget()));
            }
            out.add(new Violation(rule.getId(), rule.getImpact() == null ? "minor" : rule.getImpact(), rule.getHelp(), targets));
        }
        List<String> duplicates = duplicateIds(page);
        if (!duplicates.isEmpty()) {
            out.add(new Violation("duplicate-id", "serious", "Every id is used once (a label must name its own field)", duplicates));
        }
        return out;
    }

    /** The ids used more than once on the page, each as "#id x count". */
    @SuppressWarnings("unchecked")
    private static List<String> duplicateIds(Page page) {
        return (List<String>) page.evaluate("""
                () => { const n = {}; document.querySelectorAll('[id]').forEach(e => n[e.id] = (n[e.id] || 0) + 1);
                        return Object.entries(n).filter(([, c]) => c > 1).map(([id, c]) => '#' + id + ' x ' + c); }""");
    }

    /** Counts of violating elements by impact, worst first ("critical 0, serious 2, ..."). */
    public static Map<String, Integer> byImpact(List<Violation> violations) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        IMPACTS.forEach(i -> counts.put(i, 0));
        for (Violation v : violations) {
            counts.merge(v.impact(), v.targets().size(), Integer::sum);
        }
        return counts;
    }
}
