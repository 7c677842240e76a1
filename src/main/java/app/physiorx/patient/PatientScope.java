package app.physiorx.patient;

import app.physiorx.account.Account;
import app.physiorx.account.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Which patients a caller may see, as one value that writes its SQL condition and binds its own
 * parameters, so no query can carry the condition without its values. A clinic admin sees the
 * clinic's patients; a therapist those assigned to them or shared with them; anyone else none.
 *
 * <p>A query names the place of the condition with {@value #MARK} on the patient alias {@code p}
 * ({@code ... from patient p where p.id = :id and {patientScope}}); {@link #nativeQuery} refuses SQL
 * without it, and a build-time test refuses SQL on the patient table that does not go through here.
 */
public final class PatientScope {
    public static final String MARK = "{patientScope}";

    private final long clinicId;
    private final Role role;
    private final long userId;

    private PatientScope(long clinicId, Role role, long userId) {
        this.clinicId = clinicId;
        this.role = role;
        this.userId = userId;
    }

    public static PatientScope of(Account caller) {
        return new PatientScope(caller.clinicId(), caller.role(), caller.userId());
    }

    /** The SQL condition on alias {@code p}. */
    String condition() {
        return switch (role) {
            case CLINIC_ADMIN -> "p.clinic_id = :scopeClinic";
            case THERAPIST -> "p.clinic_id = :scopeClinic and (p.therapist_id = :scopeMe or exists (select 1 from patient_share s"
                    + " where s.patient_id = p.id and s.therapist_id = :scopeMe))";
            case PATIENT -> "false";
        };
    }

    /** A native query with the scope written in place of {@value #MARK} and its parameters bound. */
    public Query nativeQuery(EntityManager em, String sql) {
        return bind(em.createNativeQuery(render(sql)));
    }

    /** Like {@link #nativeQuery(EntityManager, String)}, mapping each row to an entity or a single-column type. */
    public Query nativeQuery(EntityManager em, String sql, Class<?> resultType) {
        return bind(em.createNativeQuery(render(sql), resultType));
    }

    String render(String sql) {
        if (!sql.contains(MARK)) {
            throw new IllegalArgumentException("a scoped query must say where the patient scope goes (" + MARK + ")");
        }
        return sql.replace(MARK, "(" + condition() + ")");
    }

    private Query bind(Query query) {
        if (role != Role.PATIENT) {
            query.setParameter("scopeClinic", clinicId);
        }
        if (role == Role.THERAPIST) {
            query.setParameter("scopeMe", userId);
        }
        return query;
    }
}
