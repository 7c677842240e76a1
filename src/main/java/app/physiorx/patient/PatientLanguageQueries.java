package app.physiorx.patient;

import app.physiorx.account.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The language a patient reads ("en", "es"), for the pages, the handout, the reminders and new programs. */
@ApplicationScoped
public class PatientLanguageQueries {
    private final EntityManager em;

    public PatientLanguageQueries(EntityManager em) {
        this.em = em;
    }

    /** The language of a signed-in patient's pages ("en" when the account has no record). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String ofAccount(Account patient) {
        // not scoped: the patient's own record, found by their Keycloak subject in their clinic
        return em.createQuery("select p.language from Patient p where p.keycloakUserId = :s and p.clinicId = :c", String.class)
                .setParameter("s", patient.subject()).setParameter("c", patient.clinicId()).getResultStream().findFirst().orElse("en");
    }

    /** The language of a record the caller was already checked to see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String of(long patientId) {
        return em.createQuery("select p.language from Patient p where p.id = :id", String.class).setParameter("id", patientId)
                .getResultStream().findFirst().orElse("en");
    }
}
