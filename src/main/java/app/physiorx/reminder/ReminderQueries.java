package app.physiorx.reminder;

import app.physiorx.common.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

/**
 * The one read of the daily email job that joins other features' tables: who has email reminders on, is active, has
 * an address, has not been sent (or claimed) today's reminder and has not logged a session today. One query for
 * every candidate, through reminder_setting_email_idx, the primary key of reminder_sent and
 * progress_session_patient_date_idx.
 */
@ApplicationScoped
public class ReminderQueries {
    private final EntityManager em;

    public ReminderQueries(EntityManager em) {
        this.em = em;
    }

    /** A patient who may get today's reminder, once the time has come. */
    record Candidate(long patientId, String email, String times, String days, String unsubscribeToken, String language) {
    }

    List<Candidate> candidates(LocalDate today) {
        // not scoped: the daily job runs for every clinic, as the inactivity check does, and reads no record for a caller
        return Row.map(em.createNativeQuery("""
                select r.patient_id, p.email, array_to_string(r.times, ','), array_to_string(r.weekdays, ','), r.unsubscribe_token,
                       p.language
                from reminder_setting r join patient p on p.id = r.patient_id
                where r.email_on and p.status = 'ACTIVE' and p.email is not null
                  and not exists (select 1 from reminder_sent s where s.patient_id = r.patient_id and s.day = :today)
                  and not exists (select 1 from progress_session x where x.patient_id = r.patient_id and x.session_date = :today)
                order by r.patient_id""").setParameter("today", today).getResultList(),
                r -> new Candidate(r.getLong(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
    }
}
