package app.physiorx.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every SQL statement in the main code that reads the patient table under alias {@code p} goes through
 * {@code PatientScope} (which writes and binds the caller's condition), or says in a comment right above
 * it why it needs none ("not scoped: ..."), such as a patient reading their own record by Keycloak subject.
 * A new query that forgets the scope fails here.
 */
@Tag("unit")
class PatientScopeInEveryQueryTest {
    private static final Pattern PATIENT_TABLE = Pattern.compile("\\b(from|join)\\s+patient\\s+p\\b");

    @Test
    void everyQueryOnPatientsCarriesTheScopeOrSaysWhyNot() throws IOException {
        List<String> unscoped = new ArrayList<>();
        int queries = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String src = Files.readString(file);
                Matcher m = PATIENT_TABLE.matcher(src);
                while (m.find()) {
                    queries++;
                    if (!scopedOrExplained(src, m.start())) {
                        unscoped.add(file.getFileName() + ":" + (src.substring(0, m.start()).lines().count()));
                    }
                }
            }
        }
        assertTrue(queries >= 5, "found only " + queries + " queries on the patient table: is src/main/java there?");
        assertTrue(unscoped.isEmpty(), "queries on patients without PatientScope and without a 'not scoped:' reason: " + unscoped);
    }

    @Test
    void theCheckFindsAQueryWithoutTheScope() {
        String forgot = "em.createNativeQuery(\"select p.* from patient p where p.id = :id\");";
        assertEquals(false, scopedOrExplained(forgot, forgot.indexOf("from patient")));
        String scoped = "scope.nativeQuery(em, \"select p.* from patient p where p.id = :id and \" + PatientScope.MARK);";
        assertEquals(true, scopedOrExplained(scoped, scoped.indexOf("from patient")));
    }

    /** The statement holding the match (from the previous ';' or '{' to the next ';') names the scope, or a comment above it explains. */
    static boolean scopedOrExplained(String src, int at) {
        int start = Math.max(src.lastIndexOf(';', at), src.lastIndexOf('{', at));
        int end = src.indexOf(';', at);
        String statement = src.substring(Math.max(start, 0), end < 0 ? src.length() : end);
        if (statement.contains("PatientScope") || statement.contains("{patientScope}")) {
            return true;
        }
        int from = Math.max(0, start - 400);
        return src.substring(from, at).contains("not scoped:");
    }
}
