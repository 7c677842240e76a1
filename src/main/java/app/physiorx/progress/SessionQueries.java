package app.physiorx.progress;

import app.physiorx.account.Account;
import app.physiorx.common.Row;
import app.physiorx.program.Symptom;
import app.physiorx.progress.SessionChecks.PainBefore;
import app.physiorx.progress.SessionService.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The session-logging hot path, one statement per step, which is why these join other features' tables:
 * the logging context reads the patient's record with the program they log against ({@code patient},
 * {@code program}) in one query, and storing a session inserts it and stamps {@code patient.last_activity_at}
 * in the same statement (one statement per session is the measured design).
 */
@ApplicationScoped
public class SessionQueries {
    private final EntityManager em;

    public SessionQueries(EntityManager em) {
        this.em = em;
    }

    /** The patient's record and the program they log against (its latest published, not draft, ACTIVE first). */
    Optional<Context> context(Account patient) {
        // not scoped: the patient's own record by Keycloak subject
        List<Context> found = Row.map(em.createNativeQuery("""
                select p.id, p.first_name || ' ' || p.last_name, p.status, p.therapist_id, pr.id, pr.status, pr.published_version,
                       pr.pain_threshold, pr.pain_rise, pr.red_flags, pr.inactive_days, p.language
                from patient p
                left join lateral (select * from program x where x.patient_id = p.id and x.published_version > 0
                                   and x.status <> 'DRAFT'
                                   order by (x.status = 'ACTIVE') desc, x.updated_at desc limit 1) pr on true
                where p.keycloak_user_id = :subject and p.clinic_id = :clinic""")
                .setParameter("subject", patient.subject()).setParameter("clinic", patient.clinicId()).getResultList(),
                SessionQueries::context);
        return found.stream().findFirst();
    }

    private static Context context(Row r) {
        Long programId = r.getLongOrNull(4);
        Set<Symptom> redFlags = EnumSet.noneOf(Symptom.class);
        r.getTextArray(9).forEach(s -> redFlags.add(Symptom.valueOf(s)));
        Integer version = r.getIntOrNull(6);
        return new Context(r.getLong(0), r.getString(1), r.getString(2), programId, r.getString(5),
                version == null ? 0 : version,
                programId == null ? null : new PainRules.Settings(r.getInt(7), r.getInt(8), redFlags, r.getInt(10)),
                r.getString(11));
    }

    /** A session to store, as checked and summed up by the service. */
    record NewSession(UUID clientId, String hash, long patientId, long clinicId, long programId, int version,
                      LocalDate date, int painBefore, int painAfter, Integer worstPainDuring, Set<Symptom> symptoms,
                      String comment, String exercisesJson, int exercisesDone, int exercisesTotal, String loggedBy) {
    }

    /** A stored session: its id and time, and the "pain before" of the program's first three sessions, itself included. */
    record Stored(long id, OffsetDateTime loggedAt, List<Integer> firstPainBefore) {
    }

    private static final String STORE = """
            with k as (
                insert into progress_session_key (patient_id, client_id, session_id)
                values (?, ?, nextval('progress_session_id_seq'))
                on conflict (patient_id, client_id) do nothing
                returning session_id),
            ins as (
                insert into progress_session (id, client_id, content_hash, patient_id, clinic_id, program_id,
                    program_version, session_date, pain_before, pain_after, worst_pain_during, symptoms, comment,
                    exercises, exercises_done, exercises_total, logged_by)
                select k.session_id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ? from k
                returning id, logged_at),
            touched as (
                update patient set last_activity_at = now()
                where id = ? and last_activity_at < now() - interval '1 minute' and exists (select 1 from ins)),
            firsts as (
                select pain_before, session_date from progress_session where program_id = ?
                order by session_date, id limit 3)
            select ins.id, ins.logged_at, f.pain_before, f.session_date
            from ins left join firsts f on true
            order by f.session_date nulls last""";

    /**
     * One round trip for the hot path: insert the session unless its client id is known (then null: the patient's
     * client ids are kept in progress_session_key, as the partitioned sessions cannot hold that unique key), stamp the
     * patient's last activity at most once a minute (a row update per session would queue a patient's concurrent
     * sessions behind one row lock), and read the program's first three sessions for the baseline. The CTEs see
     * the table as it was before the insert, so the new session is merged in here (it sorts after older ones of
     * its day: its id is the largest).
     */
    Stored store(NewSession s) {
        return em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            try (java.sql.PreparedStatement st = connection.prepareStatement(STORE)) {
                int i = 1;
                st.setLong(i++, s.patientId());
                st.setObject(i++, s.clientId());
                st.setObject(i++, s.clientId());
                st.setString(i++, s.hash());
                st.setLong(i++, s.patientId());
                st.setLong(i++, s.clinicId());
                st.setLong(i++, s.programId());
                st.setInt(i++, s.version());
                st.setObject(i++, s.date());
                st.setInt(i++, s.painBefore());
                st.setInt(i++, s.painAfter());
                st.setObject(i++, s.worstPainDuring(), java.sql.Types.SMALLINT);
                st.setArray(i++, connection.createArrayOf("text", s.symptoms().stream().map(Enum::name).toArray()));
                st.setString(i++, s.comment());
                st.setString(i++, s.exercisesJson());
                st.setInt(i++, s.exercisesDone());
                st.setInt(i++, s.exercisesTotal());
                st.setString(i++, s.loggedBy());
                st.setLong(i++, s.patientId());
                st.setLong(i, s.programId());
                try (java.sql.ResultSet rs = st.executeQuery()) {
                    return stored(rs, new PainBefore(s.painBefore(), s.date()));
                }
            }
        });
    }

    /** The stored session from the statement's rows (none when its client id was known), with the new one merged in. */
    private static Stored stored(java.sql.ResultSet rs, PainBefore added) throws java.sql.SQLException {
        Long id = null;
        OffsetDateTime at = null;
        List<PainBefore> firsts = new ArrayList<>();
        while (rs.next()) {
            id = rs.getLong(1);
            at = rs.getObject(2, OffsetDateTime.class);
            int before = rs.getInt(3);
            if (!rs.wasNull()) {
                firsts.add(new PainBefore(before, rs.getObject(4, LocalDate.class)));
            }
        }
        return id == null ? null : new Stored(id, at, SessionChecks.firstThree(firsts, added));
    }
}
