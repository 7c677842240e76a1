package app.physiorx.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.File;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the features that hold patient data declares what it audits ({@link Audited}
 * on the method or its class; an empty value is a deliberate "nothing to audit" with a reason
 * beside it). A new endpoint that forgets it fails the build.
 */
@Tag("unit")
class EveryPatientDataEndpointIsAuditedTest {
    private static final Set<String> PATIENT_DATA_PACKAGES = Set.of("patient", "program", "progress", "alert", "handout", "audit", "auditreport", "portal", "outcome");

    @Test
    void everyEndpointOfAPatientDataFeatureDeclaresItsAudit() throws Exception {
        java.nio.file.Path root = java.nio.file.Path.of("target/classes");
        List<String> missing = new ArrayList<>();
        int endpoints = 0;
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("app/physiorx"))) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = root.relativize(f).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
                String feature = name.split("\\.")[2];
                if (!PATIENT_DATA_PACKAGES.contains(feature)) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                if (!c.isAnnotationPresent(Path.class)) {
                    continue;
                }
                for (Method m : c.getDeclaredMethods()) {
                    boolean endpoint = m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class)
                            || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(DELETE.class);
                    if (!endpoint) {
                        continue;
                    }
                    endpoints++;
                    if (!m.isAnnotationPresent(Audited.class) && !c.isAnnotationPresent(Audited.class)) {
                        missing.add(c.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertTrue(endpoints > 40, "found only " + endpoints + " endpoints: is target/classes there?");
        assertTrue(missing.isEmpty(), "endpoints with patient data that do not declare their audit: " + missing);
    }
}
