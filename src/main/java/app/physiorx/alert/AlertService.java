package app.physiorx.alert;

import app.physiorx.common.NotFoundException;
import app.physiorx.common.ConflictException;
import app.physiorx.account.Account;
import app.physiorx.alert.AlertApi.AlertDetails;
import app.physiorx.alert.AlertApi.AlertPage;
import app.physiorx.alert.AlertApi.AlertView;
import app.physiorx.alert.AlertApi.Counts;
import app.physiorx.alert.AlertApi.Event;
import app.physiorx.alert.AlertApi.Trip;
import app.physiorx.patient.PatientScope;
import app.physiorx.patient.PatientService;
import app.physiorx.progress.PainRules;
import app.physiorx.progress.SessionAlerts;
import app.physiorx.progress.PainRules.Flag;
import app.physiorx.progress.PainRules.Rule;
import app.physiorx.progress.PainRules.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static app.physiorx.common.Row.toDate;
import static app.physiorx.common.Row.toTime;

/**
 * Alerts: raised in the transaction that stores the session (merged into the open alert of the
 * same rule), seen and handled by the patient's care team only. Every raise sends a
 * PostgreSQL NOTIFY, delivered at commit, which every app instance fans out to its live streams.
 */
@ApplicationScoped
public class AlertService implements SessionAlerts {
    public static final String CHANNEL = "physiorx_alerts";

    private final EntityManager em;
    private final jakarta.enterprise.event.Event<Raised> raisedEvents;

    public AlertService(EntityManager em, jakarta.enterprise.event.Event<Raised> raisedEvents) {
        this.em = em;
        this.raisedEvents = raisedEvents;
    }

    /** Fired (CDI) for every raise; observers act after the transaction commits. */
    public record Raised(long alertId, long patientId, Severity severity, boolean created) {
    }

    public static String label(Rule rule) {
        return switch (rule) {
            case PAIN_THRESHOLD -> "Pain at or above the threshold";
            case PAIN_RISE -> "Pain rising over baseline";
            case RED_FLAG -> "Red-flag symptom";
            case NO_SESSIONS -> "No sessions logged";
        };
    }

    /**
     * Raises the flag for the patient or adds it to their unresolved alert of the same rule, links
     * the session, writes the history and notifies every instance. Runs in the caller's transaction.
     */
    @Override
    public long raise(Subject s, Flag flag) {
        Object[] row = (Object[]) em.createNativeQuery("""
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
                .setParameter("channel", CHANNEL)
                .getSingleResult();
        long id = ((Number) row[0]).longValue();
        raisedEvents.fire(new Raised(id, s.patientId(), flag.severity(), (Boolean) row[1]));
        return id;
    }

    /** The flags a stored session raised (to answer a retried submission the same way). */
    @Override
    public List<Flag> flagsOfSession(long sessionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.rule, a.severity, t.detail from alert_session t join alert a on a.id = t.alert_id
                where t.session_id = :s order by a.id""").setParameter("s", sessionId).getResultList();
        return rows.stream().map(r -> new Flag(Rule.valueOf((String) r[0]), Severity.valueOf((String) r[1]), (String) r[2]))
                .toList();
    }

    // ------------------------------------------------------------------ reading (care team only)

    private static final String VIEW_COLUMNS = """
            a.id, a.patient_id, p.first_name || ' ' || p.last_name, a.program_id, a.rule, a.severity, a.status, a.detail,
            a.occurrences, a.raised_at, a.last_raised_at, a.last_session_id, a.acknowledged_by, a.acknowledged_at,
            a.resolved_by, a.resolved_at, a.version""";

    private static final String ORDER = """
             order by case a.status when 'OPEN' then 0 when 'ACKNOWLEDGED' then 1 else 2 end,
            case a.severity when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end, a.last_raised_at desc, a.id desc""";

    @Transactional(Transactional.TxType.SUPPORTS)
    public AlertPage list(Account caller, AlertStatus status, Severity severity, Long patientId, int page, int size) {
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
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        return new AlertPage(found.stream().map(AlertService::view).toList(), page, size,
                ((Number) count.getSingleResult()).longValue());
    }

    /** Open (not yet acknowledged) alerts by severity: the badge in the navigation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Counts openCounts(Account caller) {
        if (!caller.isStaff()) {
            return new Counts(0, 0, 0);
        }
        Query q = PatientScope.of(caller).nativeQuery(em, "select a.severity, count(*) from alert a join patient p on p.id = a.patient_id"
                + " where a.status = 'OPEN' and a.clinic_id = :clinic and " + PatientScope.MARK + " group by a.severity")
                .setParameter("clinic", caller.clinicId());
        long high = 0, medium = 0, low = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        for (Object[] r : rows) {
            long n = ((Number) r[1]).longValue();
            switch (Severity.valueOf((String) r[0])) {
                case HIGH -> high = n;
                case MEDIUM -> medium = n;
                case LOW -> low = n;
            }
        }
        return new Counts(high, medium, low);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AlertDetails get(Account caller, long id) {
        AlertView alert = view(visibleRow(caller, id));
        @SuppressWarnings("unchecked")
        List<Object[]> trips = em.createNativeQuery("""
                select s.id, s.session_date, s.pain_before, s.pain_after, s.worst_pain_during, s.symptoms, s.comment,
                       t.detail, s.logged_at
                from alert_session t join progress_session s on s.id = t.session_id
                where t.alert_id = :a order by s.session_date desc, s.id desc limit 50""").setParameter("a", id).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> events = em.createNativeQuery("""
                select action, actor_name, at, note from alert_event where alert_id = :a order by at, id""")
                .setParameter("a", id).getResultList();
        return new AlertDetails(alert,
                trips.stream().map(r -> new Trip(((Number) r[0]).longValue(), toDate(r[1]), ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue(), r[4] == null ? null : ((Number) r[4]).intValue(), symptoms(r[5]),
                        (String) r[6], (String) r[7], toTime(r[8]))).toList(),
                events.stream().map(r -> new Event((String) r[0], (String) r[1], toTime(r[2]), (String) r[3])).toList());
    }

    // ------------------------------------------------------------------ handling

    @Transactional
    public AlertView acknowledge(Account caller, long id, AlertApi.Action action) {
        Alert alert = editable(caller, id, action);
        if (alert.status == AlertStatus.RESOLVED) {
            throw new ConflictException("This alert is already resolved.");
        }
        if (alert.status == AlertStatus.OPEN) {
            alert.status = AlertStatus.ACKNOWLEDGED;
            alert.acknowledgedAt = java.time.OffsetDateTime.now();
            alert.acknowledgedBy = caller.displayName();
        }
        record(alert.id, caller, "ACKNOWLEDGED", action == null ? null : action.note());
        em.flush();
        return view(visibleRow(caller, id));
    }

    @Transactional
    public AlertView resolve(Account caller, long id, AlertApi.Action action) {
        Alert alert = editable(caller, id, action);
        if (alert.status == AlertStatus.RESOLVED) {
            throw new ConflictException("This alert is already resolved.");
        }
        alert.status = AlertStatus.RESOLVED;
        alert.resolvedAt = java.time.OffsetDateTime.now();
        alert.resolvedBy = caller.displayName();
        record(alert.id, caller, "RESOLVED", action == null ? null : action.note());
        em.flush();
        return view(visibleRow(caller, id));
    }

    private Alert editable(Account caller, long id, AlertApi.Action action) {
        visibleRow(caller, id);
        Alert alert = Alert.findById(id);
        if (action != null && action.version() != null && action.version() != alert.version) {
            throw new ConflictException("Someone else changed this alert meanwhile. Reload it and try again.");
        }
        return alert;
    }

    private void record(long alertId, Account caller, String action, String note) {
        em.createNativeQuery("insert into alert_event (alert_id, actor, actor_name, action, note) values (:a, :actor, :name, :action, :note)")
                .setParameter("a", alertId).setParameter("actor", caller.subject()).setParameter("name", caller.displayName())
                .setParameter("action", action).setParameter("note", note == null || note.isBlank() ? null : note.strip())
                .executeUpdate();
    }

    private Object[] visibleRow(Account caller, long id) {
        Query q = PatientScope.of(caller).nativeQuery(em, "select " + VIEW_COLUMNS
                + " from alert a join patient p on p.id = a.patient_id where a.id = :id and " + PatientScope.MARK)
                .setParameter("id", id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("The alert");
        }
        app.physiorx.audit.AuditContext.patient(((Number) rows.getFirst()[1]).longValue());
        return rows.getFirst();
    }

    // ------------------------------------------------------------------ the daily check

    /**
     * Raises "no sessions" for every active patient whose current program has had no session for
     * its configured number of days (counted from the program's start or first publication when
     * nothing is logged yet). Runs once per day across all instances (advisory lock); a patient
     * already flagged in the last 20 hours is skipped. Answers how many alerts were raised or repeated.
     */
    @Transactional
    public int checkInactivity(LocalDate today) {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(60060)").getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                select p.clinic_id, p.id, pr.id, pr.inactive_days,
                       coalesce((select max(s.session_date) from progress_session s where s.patient_id = p.id),
                                pr.start_date, (select min(v.published_at) from program_version v where v.program_id = pr.id)::date)
                from patient p join program pr on pr.patient_id = p.id and pr.status = 'ACTIVE' and pr.published_version > 0
                where p.status = 'ACTIVE'
                  and not exists (select 1 from alert a where a.patient_id = p.id and a.rule = 'NO_SESSIONS'
                                  and a.status <> 'RESOLVED' and a.last_raised_at > now() - interval '20 hours')""")
                .getResultList();
        int raised = 0;
        for (Object[] r : due) {
            LocalDate since = toDate(r[4]);
            if (since == null || since.isAfter(today)) {
                continue;
            }
            var settings = new PainRules.Settings(10, 10, java.util.Set.of(), ((Number) r[3]).intValue());
            var flag = PainRules.inactivity(since, today, settings);
            if (flag.isPresent()) {
                raise(new Subject(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                        null, "system", "Daily check"), flag.get());
                raised++;
            }
        }
        return raised;
    }

    // ------------------------------------------------------------------ mapping

    static List<String> symptoms(Object o) {
        if (o == null) {
            return List.of();
        }
        Object[] values = o instanceof Object[] arr ? arr : new Object[0];
        return Arrays.stream(values).map(Objects::toString)
                .map(s -> app.physiorx.program.Symptom.valueOf(s).label).toList();
    }

    private static AlertView view(Object[] r) {
        Rule rule = Rule.valueOf((String) r[4]);
        return new AlertView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                r[3] == null ? null : ((Number) r[3]).longValue(), rule, label(rule), Severity.valueOf((String) r[5]),
                AlertStatus.valueOf((String) r[6]), (String) r[7], ((Number) r[8]).intValue(), toTime(r[9]), toTime(r[10]),
                r[11] == null ? null : ((Number) r[11]).longValue(), (String) r[12], toTime(r[13]), (String) r[14],
                toTime(r[15]), ((Number) r[16]).intValue());
    }
}
