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
import app.physiorx.common.Row;
import app.physiorx.progress.PainRules;
import app.physiorx.progress.SessionAlerts;
import app.physiorx.progress.PainRules.Flag;
import app.physiorx.progress.PainRules.Rule;
import app.physiorx.progress.PainRules.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Alerts: at most one unresolved alert per patient, raised in the transaction that stores the session;
 * every rule a session trips (and the daily "no sessions" check) adds a reason to it. Seen and handled by the
 * patient's care team only, acknowledged and resolved once. Every raise sends a
 * PostgreSQL NOTIFY when it opens the alert or makes it more severe, delivered at commit, which every app instance fans out to its live streams.
 */
@ApplicationScoped
public class AlertService implements SessionAlerts {
    public static final String CHANNEL = "physiorx_alerts";

    private final EntityManager em;
    private final AlertQueries queries;
    private final jakarta.enterprise.event.Event<Raised> raisedEvents;
    private final app.physiorx.clinic.ClinicService clinics;

    public AlertService(EntityManager em, AlertQueries queries, jakarta.enterprise.event.Event<Raised> raisedEvents,
                        app.physiorx.clinic.ClinicService clinics) {
        this.em = em;
        this.clinics = clinics;
        this.queries = queries;
        this.raisedEvents = raisedEvents;
    }

    /** Fired (CDI) when an alert opens or its severity rises; observers act after the transaction commits. */
    public record Raised(long alertId, long patientId, Severity severity, boolean created) {
    }

    public static String label(Rule rule) {
        return switch (rule) {
            case PAIN_THRESHOLD -> "Pain at or above the threshold";
            case PAIN_RISE -> "Pain rising over baseline";
            case RED_FLAG -> "Red-flag symptom";
            case NO_SESSIONS -> "No sessions logged";
            case OUTCOME_WORSE -> "Outcome measure worse by more than the change that matters";
        };
    }

    public static String label(Severity severity) {
        return switch (severity) {
            case HIGH -> "High";
            case MEDIUM -> "Medium";
            case LOW -> "Low";
        };
    }

    public static String label(AlertStatus status) {
        return switch (status) {
            case OPEN -> "Not yet acknowledged";
            case ACKNOWLEDGED -> "Acknowledged";
            case RESOLVED -> "Resolved";
        };
    }

    /** A history entry's action in words. */
    public static String actionLabel(String action) {
        return switch (action) {
            case "RAISED" -> "Raised";
            case "REPEATED" -> "Another reason added";
            case "REOPENED" -> "Reopened by a more severe reason";
            case "ACKNOWLEDGED" -> "Acknowledged";
            case "RESOLVED" -> "Resolved";
            default -> action;
        };
    }

    /**
     * Opens the patient's one unresolved alert with this reason, or adds the reason to it, and writes the history.
     * Only when the alert opens or the reason is more severe than the alert was do every instance's streams and
     * the email hear of it; a more severe reason after acknowledgement puts the alert back to open. Runs in the
     * caller's transaction.
     */
    @Override
    public long raise(Subject s, Flag flag) {
        AlertQueries.Raise raise = queries.raise(s, flag, CHANNEL);
        if (raise.announced()) {
            raisedEvents.fire(new Raised(raise.alertId(), s.patientId(), flag.severity(), raise.created()));
        }
        return raise.alertId();
    }

    /** The flags a stored session raised, in the order they were raised (to answer a retried submission the same way). */
    @Override
    public List<Flag> flagsOfSession(long sessionId) {
        return Row.map(em.createNativeQuery("""
                select r.rule, r.severity, r.detail from alert_reason r where r.session_id = :s order by r.id""")
                .setParameter("s", sessionId).getResultList(),
                r -> new Flag(Rule.valueOf(r.getString(0)), Severity.valueOf(r.getString(1)), r.getString(2)));
    }

    /** The red flag of the patient's unresolved alert, for the standing notice on their pages; empty without one. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<RedFlagNotice> redFlagNotice(long patientId) {
        return queries.redFlag(patientId).map(f -> {
            var clinic = clinics.details(f.clinicId());
            return new RedFlagNotice(f.symptoms().stream().map(app.physiorx.program.Symptom::valueOf).toList(), f.sessionDate(), f.reportedAt(), f.acknowledged(),
                    clinic.name(), clinic.phone());
        });
    }

    // ------------------------------------------------------------------ reading (care team only)

    @Transactional(Transactional.TxType.SUPPORTS)
    public AlertPage list(Account caller, AlertStatus status, Severity severity, Long patientId, int page, int size) {
        AlertPage found = queries.list(caller, status, severity, patientId, page, size);
        found.alerts().forEach(a -> app.physiorx.audit.AuditContext.patient(a.patientId())); // each patient the list shows
        return found;
    }

    /**
     * Every alert of a patient whose record the caller was checked to see ({@link app.physiorx.patient.PatientService#record}),
     * oldest first; the query keeps to that patient and clinic.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AlertView> ofRecord(app.physiorx.patient.PatientApi.PatientRef record) {
        return queries.ofPatient(record.clinicId(), record.id());
    }

    /** Open (not yet acknowledged) alerts by severity: the badge in the navigation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Counts openCounts(Account caller) {
        if (!caller.isStaff()) {
            return new Counts(0, 0, 0);
        }
        return queries.openCounts(caller);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AlertDetails get(Account caller, long id) {
        AlertView alert = visible(caller, id);
        List<Trip> trips = queries.trips(id);
        List<Event> events = Row.map(em.createNativeQuery("""
                select action, actor_name, at, note from alert_event where alert_id = :a order by at, id""")
                .setParameter("a", id).getResultList(), r -> new Event(r.getString(0), actionLabel(r.getString(0)), r.getString(1), r.getTime(2), r.getString(3)));
        return new AlertDetails(alert, trips, events);
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
        return visible(caller, id);
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
        return visible(caller, id);
    }

    private Alert editable(Account caller, long id, AlertApi.Action action) {
        visible(caller, id);
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

    private AlertView visible(Account caller, long id) {
        AlertView alert = queries.visible(caller, id).orElseThrow(() -> new NotFoundException("The alert"));
        app.physiorx.audit.AuditContext.patient(alert.patientId());
        return alert;
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
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(60060)").getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        int raised = 0;
        for (AlertQueries.Due due : queries.dueForInactivity()) {
            LocalDate since = due.since();
            if (since == null || since.isAfter(today)) {
                continue;
            }
            var settings = new PainRules.Settings(10, 10, java.util.Set.of(), due.inactiveDays());
            var flag = PainRules.inactivity(since, today, settings);
            if (flag.isPresent()) {
                raise(new Subject(due.clinicId(), due.patientId(), due.programId(), null, "system", "Daily check"), flag.get());
                raised++;
            }
        }
        return raised;
    }

    // ------------------------------------------------------------------ mapping

    /** Symptom names as their labels. */
    static List<String> symptoms(List<String> names) {
        return names.stream().map(s -> app.physiorx.program.Symptom.valueOf(s).label).toList();
    }
}
