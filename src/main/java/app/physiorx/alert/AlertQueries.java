package app.physiorx.alert;

import app.physiorx.account.Account;
import app.physiorx.alert.AlertApi.AlertPage;
import app.physiorx.alert.AlertApi.AlertView;
import app.physiorx.alert.AlertApi.Counts;
import app.physiorx.alert.AlertApi.Trip;
import app.physiorx.common.Row;
import app.physiorx.patient.PatientScope;
import app.physiorx.progress.PainRules.Flag;
import app.physiorx.progress.PainRules.Rule;
import app.physiorx.progress.PainRules.Severity;
import app.physiorx.progress.SessionAlerts.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The alert statements that join other features' tables, each for one round trip:
 * <ul>
 * <li>the list, the open counts and one alert join {@code patient} for the patient's name and the caller's
 * {@link PatientScope} (the scope is a condition on the patient row, so it must be in the same query);</li>
 * <li>an alert's trips join {@code progress_session} for the values each session tripped it with;</li>
 * <li>the raise statement reads {@code patient} and {@code patient_share} to build the NOTIFY payload in the
 * statement that writes the alert, so the notice leaves at commit with it;</li>
 * <li>the daily inactivity check reads {@code patient}, {@code program}, {@code program_version} and
 * {@code progress_session} of every clinic at once (a system job).</li>
 * </ul>
 */
@ApplicationScoped
public class AlertQueries {
    private final EntityManager em;

    public AlertQueries(EntityManager em) {
        this.em = em;
    }

    /** The alert a raise wrote or merged into, and whether it is new. */
    public record Raise(long alertId, boolean created) {
    }

    /** An active program of an active patient that the inactivity check looks at; {@code since} may be null. */
    public record Due(long clinicId, long patientId, long programId, int inactiveDays, LocalDate since) {
    }

    /** Inserts or merges the alert, links the session, writes the history and sends the NOTIFY (delivered at commit). */
    Raise raise(Subject s, Flag flag, String channel) {
        // not scoped: the raise is for the patient whose session is being stored (or the system job); no caller reads it
        Object result = em.createNativeQuery("""
                with a as (
                    insert into alert (clinic_id, patient_id, program_id, rule, severity, detail, first_session_id, last_session_id)
                    values (:clinic, :patient, cast(:program as bigint), :rule, :severity, :detail, cast(:session as bigint),
                            cast(:session as bigint))
                    on conflict (patient_id, rule) where status <> 'RESOLVED' do update
                        set occurrences = alert.occurrences + 1, last_raised_at = now(), detail = excluded.detail,
                            last_session_id = coalesce(excluded.last_session_id, alert.last_session_id),
                            program_id = coalesce(excluded.program_id, alert.program_id), status = 'OPEN',
                            version = alert.version + 1
                    returning id, (xmax = 0) as created),
                t as (
                    insert into alert_session (alert_id, session_id, detail)
                    select a.id, cast(:session as bigint), :detail from a where cast(:session as bigint) is not null
                    on conflict do nothing),
                e as (
                    insert into alert_event (alert_id, actor, actor_name, action, note)
                    select a.id, :actor, :actorName, case when a.created then 'RAISED' else 'REPEATED' end, :detail from a)
                select a.id, a.created, pg_notify(:channel, json_build_object(
                        'alertId', a.id, 'clinicId', p.clinic_id, 'patientId', p.id, 'therapistId', p.therapist_id,
                        'sharedWith', coalesce((select json_agg(sh.therapist_id) from patient_share sh where sh.patient_id = p.id), '[]'),
                        'patientName', p.first_name || ' ' || p.last_name, 'rule', :rule, 'severity', :severity,
                        'detail', :detail, 'created', a.created,
                        'sentAtMillis', (extract(epoch from clock_timestamp()) * 1000)::bigint)::text)
                from a join patient p on p.id = :patient""")
                .setParameter("clinic", s.clinicId())
                .setParameter("patient", s.patientId())
                .setParameter("program", s.programId())
                .setParameter("session", s.sessionId())
                .setParameter("rule", flag.rule().name())
                .setParameter("severity", flag.severity().name())
                .setParameter("detail", flag.detail())
                .setParameter("actor", s.actor())
                .setParameter("actorName", s.actorName())
                .setParameter("channel", channel)
                .getSingleResult();
        Row row = Row.of(result);
        return new Raise(row.getLong(0), row.getBoolean(1));
    }

    private static final String VIEW_COLUMNS = """
            a.id, a.patient_id, p.first_name || ' ' || p.last_name, a.program_id, a.rule, a.severity, a.status, a.detail,
            a.occurrences, a.raised_at, a.last_raised_at, a.last_session_id, a.acknowledged_by, a.acknowledged_at,
            a.resolved_by, a.resolved_at, a.version""";

    private static final String ORDER = """
             order by case a.status when 'OPEN' then 0 when 'ACKNOWLEDGED' then 1 else 2 end,
            case a.severity when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end, a.last_raised_at desc, a.id desc""";

    /** A page of the alerts the caller may see, filtered, most urgent first. */
    AlertPage list(Account caller, AlertStatus status, Severity severity, Long patientId, int page, int size) {
        StringBuilder where = new StringBuilder(" from alert a join patient p on p.id = a.patient_id where ")
                .append(PatientScope.MARK);
        if (status != null) {
            where.append(" and a.status = :status");
        }
        if (severity != null) {
            where.append(" and a.severity = :severity");
        }
        if (patientId != null) {
            where.append(" and a.patient_id = :patientId");
        }
        PatientScope scope = PatientScope.of(caller);
        Query count = scope.nativeQuery(em, "select count(*)" + where);
        Query rows = scope.nativeQuery(em, "select " + VIEW_COLUMNS + where + ORDER + " limit :limit offset :offset");
        for (Query q : List.of(count, rows)) {
            if (status != null) {
                q.setParameter("status", status.name());
            }
            if (severity != null) {
                q.setParameter("severity", severity.name());
            }
            if (patientId != null) {
                q.setParameter("patientId", patientId);
            }
        }
        rows.setParameter("limit", size).setParameter("offset", page * size);
        List<AlertView> found = Row.map(rows.getResultList(), AlertQueries::view);
        return new AlertPage(found, page, size, Row.of(count.getSingleResult()).getLong(0));
    }

    /** Open alerts of the caller's clinic that the caller may see, by severity. */
    Counts openCounts(Account caller) {
        Query q = PatientScope.of(caller).nativeQuery(em, "select a.severity, count(*) from alert a join patient p on p.id = a.patient_id"
                + " where a.status = 'OPEN' and a.clinic_id = :clinic and " + PatientScope.MARK + " group by a.severity")
                .setParameter("clinic", caller.clinicId());
        long high = 0, medium = 0, low = 0;
        for (Row r : Row.map(q.getResultList(), r -> r)) {
            long n = r.getLong(1);
            switch (Severity.valueOf(r.getString(0))) {
                case HIGH -> high = n;
                case MEDIUM -> medium = n;
                case LOW -> low = n;
            }
        }
        return new Counts(high, medium, low);
    }

    /** The alert if the caller may see it. */
    Optional<AlertView> visible(Account caller, long id) {
        Query q = PatientScope.of(caller).nativeQuery(em, "select " + VIEW_COLUMNS
                + " from alert a join patient p on p.id = a.patient_id where a.id = :id and " + PatientScope.MARK)
                .setParameter("id", id);
        return Row.map(q.getResultList(), AlertQueries::view).stream().findFirst();
    }

    /** The sessions that tripped the alert (newest first, at most 50), with the detail each tripped it with. */
    List<Trip> trips(long alertId) {
        return Row.map(em.createNativeQuery("""
                select s.id, s.session_date, s.pain_before, s.pain_after, s.worst_pain_during, s.symptoms, s.comment,
                       t.detail, s.logged_at
                from alert_session t join progress_session s on s.id = t.session_id
                where t.alert_id = :a order by s.session_date desc, s.id desc limit 50""").setParameter("a", alertId)
                .getResultList(), r -> new Trip(r.getLong(0), r.getDate(1), r.getInt(2), r.getInt(3), r.getIntOrNull(4),
                AlertService.symptoms(r.getTextArray(5)), r.getString(6), r.getString(7), r.getTime(8)));
    }

    /**
     * Active programs of active patients with the day their inactivity counts from: the last session, else the
     * program's start, else its first publication. Patients flagged "no sessions" in the last 20 hours are left out.
     */
    List<Due> dueForInactivity() {
        // not scoped: the daily check is a system job over every clinic
        return Row.map(em.createNativeQuery("""
                select p.clinic_id, p.id, pr.id, pr.inactive_days,
                       coalesce((select max(s.session_date) from progress_session s where s.patient_id = p.id),
                                pr.start_date, (select min(v.published_at) from program_version v where v.program_id = pr.id)::date)
                from patient p join program pr on pr.patient_id = p.id and pr.status = 'ACTIVE' and pr.published_version > 0
                where p.status = 'ACTIVE'
                  and not exists (select 1 from alert a where a.patient_id = p.id and a.rule = 'NO_SESSIONS'
                                  and a.status <> 'RESOLVED' and a.last_raised_at > now() - interval '20 hours')""")
                .getResultList(), r -> new Due(r.getLong(0), r.getLong(1), r.getLong(2), r.getInt(3), r.getDate(4)));
    }

    private static AlertView view(Row r) {
        Rule rule = Rule.valueOf(r.getString(4));
        return new AlertView(r.getLong(0), r.getLong(1), r.getString(2), r.getLongOrNull(3), rule, AlertService.label(rule),
                Severity.valueOf(r.getString(5)), AlertStatus.valueOf(r.getString(6)), r.getString(7), r.getInt(8),
                r.getTime(9), r.getTime(10), r.getLongOrNull(11), r.getString(12), r.getTime(13), r.getString(14),
                r.getTime(15), r.getInt(16));
    }
}
