package app.physiorx.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The patients whose data the current request touched, as the services resolved them inside the
 * caller's scope. The audit filter writes one event per patient (a bulk download touches several).
 */
@RequestScoped
public class AuditContext {
    private final Set<Long> patients = new LinkedHashSet<>();

    /** Notes a patient for the current request's audit event; a no-op outside requests (start-up, jobs). */
    public static void patient(long id) {
        ManagedContext requests = Arc.container().requestContext();
        if (requests.isActive()) {
            Arc.container().instance(AuditContext.class).get().add(id); // through a method: the bean is a client proxy

        }
    }

    void add(long id) {
        patients.add(id);
    }

    public Set<Long> patients() {
        return patients;
    }
}
