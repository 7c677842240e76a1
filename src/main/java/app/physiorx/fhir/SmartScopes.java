package app.physiorx.fhir;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SMART on FHIR scopes, when the token carries them. A token without any SMART scope is judged by its roles
 * alone (staff read their caseload, a patient their own record). A token with SMART scopes must also hold one
 * that grants reading the type: {@code user/*.read}, {@code user/Observation.read}, the v2 forms
 * {@code user/Observation.rs} or {@code patient/*.r}, or {@code system/...}. A {@code patient/} scope reaches only
 * the types of a patient's compartment, so it never grants the clinic's definitions.
 */
public final class SmartScopes {
    private static final Pattern SCOPE = Pattern.compile("(patient|user|system)/([A-Za-z]+|\\*)\\.(read|write|\\*|[cruds]+)");
    /** The types this server serves that are not part of a patient's compartment. */
    private static final Set<String> DEFINITIONS = Set.of("ActivityDefinition", "PlanDefinition", "Questionnaire", "Practitioner");

    private SmartScopes() {
    }

    /** Whether a token with these scopes (the {@code scope} claim, space-separated; may be null) may read {@code type}. */
    public static boolean mayRead(String scopeClaim, String type) {
        List<Matcher> smart = Arrays.stream(scopeClaim == null ? new String[0] : scopeClaim.trim().split("\\s+"))
                .map(SCOPE::matcher).filter(Matcher::matches).toList();
        if (smart.isEmpty()) {
            return true;
        }
        for (Matcher m : smart) {
            String context = m.group(1);
            String scopedType = m.group(2);
            String permission = m.group(3);
            boolean reads = permission.equals("read") || permission.equals("*") || permission.contains("r")
                    && !permission.equals("write");
            boolean typeMatches = scopedType.equals("*") || scopedType.equals(type);
            boolean contextAllows = !context.equals("patient") || !DEFINITIONS.contains(type);
            if (reads && typeMatches && contextAllows) {
                return true;
            }
        }
        return false;
    }

    /** Whether the claim carries any SMART scope at all. */
    public static boolean any(String scopeClaim) {
        return scopeClaim != null && Arrays.stream(scopeClaim.trim().split("\\s+")).anyMatch(s -> SCOPE.matcher(s).matches());
    }
}
