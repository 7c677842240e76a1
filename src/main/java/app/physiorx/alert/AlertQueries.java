package app.physiorx.alert;

import app.physiorx.account.Account;
import app.physiorx.alert.AlertApi.AlertPage;
import app.physiorx.alert.AlertApi.AlertView;
import app.physiorx.alert.AlertApi.Reason;
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
 * <li>an alert's trips and reasons join {@code progress_session} for the values and day of each session;</li>
 * <li>the patient's red-flag notice joins {@code progress_session} for the symptoms they reported;</li>
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

    /** The alert a raise wrote or merged into, whether it is new, and whether this reason made it more severe. */
    public record Raise(long alertId, boolean created, boolean severer) {
        /** The care team hears of it (live event, email) when the alert opens or its severity rises, not on a repeat. */
        boolean announced() {
            return created || severer;
        }
    }

    /** An active program of an active patient that the inactivity check looks at; {@code since} may be null. */
    public record Due(long clinicId, long patientId, long programId, int inactiveDays, LocalDate since) {
    }

    /**
     * Opens the patient's one unresolved alert or adds the reason to it, writes the history and, when the alert
     * is new or this reason is more severe than the alert was, sends the NOTIFY (delivered at commit). "New" is
     * the insert's own answer, not the {@code old} snapshot: when the old alert is resolved while this statement
     * waits for it, the snapshot still shows it unresolved, yet the insert opens a new alert that must be heard. The most
     * severe reason gives the alert its severity, rule and detail; a more severe reason after acknowledgement
     * puts the alert back to open, so the care team looks again.
     */
    Raise raise(Subject s, Flag flag, String channel) {
        // not scoped: the raise is for the patient whose session is being stored (or the system job); no caller reads it
        Object result = em.createNativeQuery("""
                with old as (select severity, status from alert where patient_id = :patient and status <> 'RESOLVED'),
                a as (
                    insert into alert (clinic_id, patient_id, program_id, rule, severity, detail, first_session_id, last_session_id)
                    values (:clinic, :patient, cast(:program as bigint), :rule, :severity, :detail, cast(:session as bigint),
                            cast(:session as bigint))
                    on conflict (patient_id) where status <> 'RESOLVED' do update
                        set occurrences = alert.occurrences + 1, last_raised_at = now(),
                            last_session_id = coalesce(excluded.last_session_id, alert.last_session_id),
                            first_session_id = coalesce(alert.first_session_id, excluded.first_session_id),
                            program_id = coalesce(excluded.program_id, alert.program_id),
                            rule = case when %1$s then excluded.rule else alert.rule end,
                            detail = case when %1$s then excluded.detail else alert.detail end,
                            severity = case when %1$s then excluded.severity else alert.severity end,
                            status = case when %1$s then 'OPEN' else alert.status end,
                            acknowledged_at = case when %1$s then null else alert.acknowledged_at end,
                            acknowledged_by = case when %1$s then null else alert.acknowledged_by end,
                            version = alert.version + 1
                    returning id, (xmax = 0) as created),
                flags as (
                    select a.id, a.created,
                           coalesce((select alert_severity_rank(old.severity) from old), 0) < alert_severity_rank(:severity)
                               as severer,
                           coalesce((select old.status from old), 'OPEN') as was
                    from a),
                r as (
                    insert into alert_reason (alert_id, rule, severity, detail, session_id)
                    select id, :rule, :severity, :detail, cast(:session as bigint) from a),
                e as (
                    insert into alert_event (alert_id, actor, actor_name, action, note)
                    select f.id, :actor, :actorName, case when f.created then 'RAISED'
                           when f.severer and f.was = 'ACKNOWLEDGED' then 'REOPENED' else 'REPEATED' end, :detail from flags f),
                n as (
                    select pg_notify(:channel, json_build_object(
                        'alertId', f.id, 'clinicId', p.clinic_id, 'patientId', p.id, 'therapistId', p.therapist_id,
                        'sharedWith', coalesce((select json_agg(sh.therapist_id) from patient_share sh where sh.patient_id = p.id), '[]'),
                        'patientName', p.first_name || ' ' || p.last_name, 'rule', :rule, 'severity', :severity,
                        'detail', :detail, 'created', f.created,
                        'sentAtMillis', (extract(epoch from clock_timestamp()) * 1000)::bigint)::text)
                    from flags f join patient p on p.id = :patient where f.created or f.severer)
                select f.id, f.created, f.severer, (select count(*) from n) from flags f"""
                        .formatted("alert_severity_rank(excluded.severity) > alert_severity_rank(alert.severity)"))
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
        return new Raise(row.getLong(0), row.getBoolean(1), row.getBoolean(2));
    }

    private static final String VIEW_COLUMNS = """
            a.id, a.patient_id, p.first_name || ' ' || p.last_name, a.program_id, a.rule, a.severity, a.status, a.detail,
            a.occurrences, a.raised_at, a.last_raised_at, a.last_session_id, a.acknowledged_by, a.acknowledged_at,
            a.resolved_by, a.resolved_at, a.version""";

    /** Most urgent first: status, then severity (the stored urgency, V20), then the newest; read from alert_clinic_urgency_idx. */
    private static final String ORDER = " order by a.urgency, a.last_raised_at desc, a.id desc";

    /** A page of the alerts the caller may see, filtered, most urgent first. */
    AlertPage list(Account caller, AlertStatus status, Severity severity, Long patientId, int page, int size) {
        StringBuilder where = new StringBuilder(" from alert a join patient p on p.id = a.patient_id where a.clinic_id = :clinic and ")
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
            q.setParameter("clinic", caller.clinicId());
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
        List<AlertView> found = withReasons(Row.map(rows.getResultList(), r -> r));
        return new AlertPage(found, page, size, Row.of(count.getSingleResult()).getLong(0));
    }

    /** Every alert of one patient of one clinic, oldest first (for a record the caller was already checked to see). */
    List<AlertView> ofPatient(long clinicId, long patientId) {
        // not scoped: the caller was checked to see this patient (PatientService.record) before; the query keeps to them
        return withReasons(Row.map(em.createNativeQuery("select " + VIEW_COLUMNS
                        + " from alert a join patient p on p.id = a.patient_id where a.patient_id = :patient and a.clinic_id = :clinic"
                        + " order by a.raised_at, a.id").setParameter("patient", patientId).setParameter("clinic", clinicId)
                .getResultList(), r -> r));
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
        return withReasons(Row.map(q.getResultList(), r -> r)).stream().findFirst();
    }

    /**
     * The alerts of these rows with their reasons (at most 50 each): the most severe first (a red flag leads, so it
     * never hides behind a milder reason), then the newest session's, those of one session in the order they tripped.
     */
    private List<AlertView> withReasons(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> r.getLong(0)).toList();
        java.util.Map<Long, List<Reason>> reasons = new java.util.HashMap<>();
        // joins progress_session for the day of each reason's session
        for (Row r : Row.map(em.createNativeQuery("""
                select alert_id, rule, severity, detail, session_id, session_date, raised_at from (
                    select r.alert_id, r.rule, r.severity, r.detail, r.session_id, s.session_date, r.raised_at,
                           row_number() over (partition by r.alert_id
                                              order by alert_severity_rank(r.severity) desc, r.raised_at desc, r.id) as n
                    from alert_reason r left join progress_session s on s.id = r.session_id
                    where r.alert_id in (:ids)) ranked
                where n <= 50 order by alert_id, n""").setParameter("ids", ids).getResultList(), r -> r)) {
            Rule rule = Rule.valueOf(r.getString(1));
            reasons.computeIfAbsent(r.getLong(0), k -> new java.util.ArrayList<>()).add(new Reason(rule, AlertService.label(rule),
                    Severity.valueOf(r.getString(2)), r.getString(3), r.getLongOrNull(4), r.getDate(5), r.getTime(6)));
        }
        return rows.stream().map(r -> view(r, reasons.getOrDefault(r.getLong(0), List.of()))).toList();
    }

    /** What the patient's red-flag notice needs: the newest red-flag reason of their unresolved alert. */
    record RedFlag(long clinicId, List<String> symptoms, LocalDate sessionDate, java.time.OffsetDateTime reportedAt,
                   boolean acknowledged) {
    }

    /** The newest red-flag reason of the patient's unresolved alert, with the symptoms its session reported. */
    Optional<RedFlag> redFlag(long patientId) {
        // not scoped: the caller is the patient, whose own record id comes from their sign-in (SessionService.context);
        // joins progress_session for the symptoms the patient reported
        return Row.map(em.createNativeQuery("""
                select a.clinic_id, coalesce(s.symptoms, '{}'), s.session_date, r.raised_at, a.status = 'ACKNOWLEDGED'
                from alert a join alert_reason r on r.alert_id = a.id and r.rule = 'RED_FLAG'
                left join progress_session s on s.id = r.session_id
                where a.patient_id = :p and a.status <> 'RESOLVED' order by r.raised_at desc, r.id desc limit 1""")
                .setParameter("p", patientId).getResultList(), r -> new RedFlag(r.getLong(0), r.getTextArray(1), r.getDate(2),
                r.getTime(3), r.getBoolean(4))).stream().findFirst();
    }

    /**
     * The sessions that tripped the alert (newest first, at most 50), with the reasons each added (the most
     * severe first) in one line.
     */
    List<Trip> trips(long alertId) {
        return Row.map(em.createNativeQuery("""
                select s.id, s.session_date, s.pain_before, s.pain_after, s.worst_pain_during, s.symptoms, s.comment,
                       string_agg(r.detail, '; ' order by alert_severity_rank(r.severity) desc, r.id), s.logged_at
                from alert_reason r join progress_session s on s.id = r.session_id
                where r.alert_id = :a group by s.id, s.logged_at order by s.session_date desc, s.id desc limit 50""").setParameter("a", alertId)
                .getResultList(), r -> new Trip(r.getLong(0), r.getDate(1), r.getInt(2), r.getInt(3), r.getIntOrNull(4),
                AlertService.symptoms(r.getTextArray(5)), r.getString(6), r.getString(7), r.getTime(8)));
    }

    /**
     * Active programs of active patients with the day their inactivity counts from: the last session, else the
     * program's start, else its first publication. Patients whose unresolved alert got a "no sessions" reason in the
     * last 20 hours are left out.
     */
    List<Due> dueForInactivity() {
        // not scoped: the daily check is a system job over every clinic
        return Row.map(em.createNativeQuery("""
                select p.clinic_id, p.id, pr.id, pr.inactive_days,
                       coalesce((select max(s.session_date) from progress_session s where s.patient_id = p.id),
                                pr.start_date, (select min(v.published_at) from program_version v where v.program_id = pr.id)::date)
                from patient p join program pr on pr.patient_id = p.id and pr.status = 'ACTIVE' and pr.published_version > 0
                where p.status = 'ACTIVE'
                  and not exists (select 1 from alert a join alert_reason r on r.alert_id = a.id
                                  where a.patient_id = p.id and a.status <> 'RESOLVED' and r.rule = 'NO_SESSIONS'
                                  and r.raised_at > now() - interval '20 hours')""")
                .getResultList(), r -> new Due(r.getLong(0), r.getLong(1), r.getLong(2), r.getInt(3), r.getDate(4)));
    }

    private static AlertView view(Row r, List<Reason> reasons) {
        Rule rule = Rule.valueOf(r.getString(4));
        return new AlertView(r.getLong(0), r.getLong(1), r.getString(2), r.getLongOrNull(3), rule, AlertService.label(rule),
                Severity.valueOf(r.getString(5)), AlertStatus.valueOf(r.getString(6)), r.getString(7), r.getInt(8),
                r.getTime(9), r.getTime(10), r.getLongOrNull(11), r.getString(12), r.getTime(13), r.getString(14),
                r.getTime(15), r.getInt(16), reasons);
    }
}
