package app.physiorx.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** reminder_sent, written in transactions of their own so a claim holds before the email is sent, and the run's lock. */
@ApplicationScoped
public class ReminderSendService {
    static final long LOCK = 60063;
    private final EntityManager em;

    public ReminderSendService(EntityManager em) {
        this.em = em;
    }

    /** Takes the job's lock for the caller's transaction: false when another instance holds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lockForThisRun() {
        return Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(" + LOCK + ")").getSingleResult());
    }

    /** True when this call claimed the patient's reminder for the day (no earlier claim exists). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long patientId, LocalDate day) {
        return em.createNativeQuery("insert into reminder_sent (patient_id, day) values (:p, :d) on conflict do nothing")
                .setParameter("p", patientId).setParameter("d", day).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void mark(long patientId, LocalDate day, String status) {
        em.createNativeQuery("update reminder_sent set status = :s, sent_at = case when :s = 'sent' then now() end "
                        + "where patient_id = :p and day = :d")
                .setParameter("s", status).setParameter("p", patientId).setParameter("d", day).executeUpdate();
    }
}
