package app.physiorx.progress;

import app.physiorx.config.PhysioRxConfig;
import app.physiorx.common.NotFoundException;
import app.physiorx.common.ConflictException;
import app.physiorx.common.InvalidInputException;
import app.physiorx.account.Account;
import app.physiorx.common.DomainException.InvalidField;
import app.physiorx.patient.PatientService;
import app.physiorx.program.ProgramApi.PublishedItem;
import app.physiorx.program.ProgramApi.VersionView;
import app.physiorx.program.ProgramService;
import app.physiorx.program.Symptom;
import app.physiorx.progress.PainRules.Flag;
import app.physiorx.progress.SessionApi.ExerciseDone;
import app.physiorx.progress.SessionApi.ExerciseLog;
import app.physiorx.progress.SessionApi.FlagView;
import app.physiorx.progress.SessionApi.SessionInput;
import app.physiorx.progress.SessionApi.SessionPage;
import app.physiorx.progress.SessionApi.SessionResult;
import app.physiorx.progress.SessionApi.SessionView;
import app.physiorx.progress.SessionApi.Target;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static app.physiorx.common.Row.toDate;
import static app.physiorx.common.Row.toTime;

/**
 * Session logging. A session is stored, checked against the pain rules and its alerts raised in
 * one transaction, so an acknowledged session always has its alerts. The client's UUID makes a
 * submission idempotent: the unique (patient, client id) row is inserted with ON CONFLICT DO
 * NOTHING, so a retry, even one racing the first, finds the stored session and answers it again.
 */
@ApplicationScoped
public class SessionService {
    public static final int DAYS_BACK = 14;
    private static final TypeReference<List<ExerciseDone>> EXERCISES = new TypeReference<>() { };

    private final EntityManager em;
    private final PatientService patients;
    private final ProgramService programs;
    private final SessionAlerts alerts;
    private final ObjectMapper json;
    private final ZoneId zone;

    public SessionService(EntityManager em, PatientService patients, ProgramService programs, SessionAlerts alerts,
                          ObjectMapper json, PhysioRxConfig config) {
        this.em = em;
        this.patients = patients;
        this.programs = programs;
        this.alerts = alerts;
        this.json = json;
        this.zone = config.timeZone();
    }

    /** The patient's record and the program they log against, with its alert settings. */
    public record Context(long patientId, String patientName, String patientStatus, Long programId, String programStatus,
                          int version, PainRules.Settings settings) {
    }

    public record Logged(SessionResult result, boolean replay) {
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** Why this patient cannot log right now, or empty when they can. */
    public Optional<String> whyNotLogging(Context c) {
        if ("DISCHARGED".equals(c.patientStatus())) {
            return Optional.of("Your care at the clinic has ended, so new sessions cannot be logged."
                    + " Please contact your clinic if you need a new program.");
        }
        if (c.programId() == null) {
            return Optional.of("You have no published program yet, so there is nothing to log. Your therapist will publish it soon.");
        }
        if ("ARCHIVED".equals(c.programStatus())) {
            return Optional.of("Your program has been archived by your therapist, so new sessions cannot be logged."
                    + " Please contact your clinic for your next steps.");
        }
        return Optional.empty();
    }

    /** Like {@link #context}, for the patient's home page: also marks a first sign-in (spends the temporary password). */
    @Transactional
    public Context contextOnVisit(Account patient) {
        patients.forPatientAccount(patient);
        return context(patient);
    }

    @Transactional
    public Context context(Account patient) {
        Object[] row = contextRow(patient);
        if (row == null) {
            patients.forPatientAccount(patient); // links the record on first sign-in, or 404
            row = contextRow(patient);
            if (row == null) {
                throw new NotFoundException("Your patient record");
            }
        }
        app.physiorx.audit.AuditContext.patient(((Number) row[0]).longValue());
        Long programId = row[4] == null ? null : ((Number) row[4]).longValue();
        Set<Symptom> redFlags = EnumSet.noneOf(Symptom.class);
        if (row[9] != null) {
            for (Object o : (Object[]) row[9]) {
                redFlags.add(Symptom.valueOf(o.toString()));
            }
        }
        return new Context(((Number) row[0]).longValue(), (String) row[1], (String) row[2], programId, (String) row[5],
                row[6] == null ? 0 : ((Number) row[6]).intValue(),
                programId == null ? null : new PainRules.Settings(((Number) row[7]).intValue(), ((Number) row[8]).intValue(),
                        redFlags, ((Number) row[10]).intValue()));
    }

    private Object[] contextRow(Account patient) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.id, p.first_name || ' ' || p.last_name, p.status, p.therapist_id, pr.id, pr.status, pr.published_version,
                       pr.pain_threshold, pr.pain_rise, pr.red_flags, pr.inactive_days
                from patient p
                left join lateral (select * from program x where x.patient_id = p.id and x.published_version > 0
                                   and x.status <> 'DRAFT'
                                   order by (x.status = 'ACTIVE') desc, x.updated_at desc limit 1) pr on true
                where p.keycloak_user_id = :subject and p.clinic_id = :clinic""")
                .setParameter("subject", patient.subject()).setParameter("clinic", patient.clinicId()).getResultList();
        return rows.isEmpty() ? null : rows.getFirst();
    }

    /** Stores the session (or finds the one stored under its client id) and raises its alerts. */
    @Transactional
    public Logged log(Account patient, SessionInput input) {
        Context c = context(patient);
        whyNotLogging(c).ifPresent(reason -> {
            throw new ConflictException(reason);
        });
        VersionView version = programs.publishedVersion(c.programId(), c.version());
        List<ExerciseDone> exercises = check(input, version);
        TreeSet<Symptom> symptoms = new TreeSet<>(input.symptoms() == null ? List.of() : input.symptoms());
        String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        Integer worst = exercises.stream().map(ExerciseDone::pain).filter(p -> p != null).max(Integer::compare).orElse(null);
        int done = (int) exercises.stream().filter(ExerciseDone::done).count();
        String exercisesJson;
        try {
            exercisesJson = json.writeValueAsString(exercises);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String hash = hash(input.date() + "|" + input.painBefore() + "|" + input.painAfter() + "|" + symptoms + "|"
                + comment + "|" + exercisesJson);
        Stored stored = store(patient, c, input, hash, worst, symptoms, comment, exercisesJson, done, version.items().size());
        if (stored == null) {
            return new Logged(replay(c.patientId(), input.clientId(), hash), true);
        }
        SessionView view = new SessionView(stored.id(), input.clientId(), input.date(), c.programId(), c.version(),
                input.painBefore(), input.painAfter(), worst, List.copyOf(symptoms), comment, done, version.items().size(),
                exercises, stored.loggedAt());
        List<Flag> flags = PainRules.evaluate(new PainRules.Session(input.painBefore(), input.painAfter(), worst, symptoms),
                c.settings(), PainRules.baseline(stored.firstPainBefore()));
        for (Flag flag : flags) {
            alerts.raise(new SessionAlerts.Subject(patient.clinicId(), c.patientId(), c.programId(), stored.id(),
                    patient.subject(), patient.displayName()), flag);
        }
        return new Logged(result(view, flags), false);
    }

    /** A stored session: its id and time, and the "pain before" of the program's first three sessions, itself included. */
    private record Stored(long id, java.time.OffsetDateTime loggedAt, List<Integer> firstPainBefore) {
    }

    /**
     * One round trip for the hot path: insert the session unless its client id is known (then null), stamp the
     * patient's last activity at most once a minute (a row update per session would queue a patient's concurrent
     * sessions behind one row lock), and read the program's first three sessions for the baseline. The CTEs see
     * the table as it was before the insert, so the new session is merged in here (it sorts after older ones of
     * its day: its id is the largest).
     */
    private Stored store(Account patient, Context c, SessionInput input, String hash, Integer worst, Set<Symptom> symptoms,
                         String comment, String exercisesJson, int done, int total) {
        return em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            try (java.sql.PreparedStatement st = connection.prepareStatement("""
                    with ins as (
                        insert into progress_session (client_id, content_hash, patient_id, clinic_id, program_id,
                            program_version, session_date, pain_before, pain_after, worst_pain_during, symptoms, comment,
                            exercises, exercises_done, exercises_total, logged_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
                        on conflict (patient_id, client_id) do nothing
                        returning id, logged_at),
                    touched as (
                        update patient set last_activity_at = now()
                        where id = ? and last_activity_at < now() - interval '1 minute' and exists (select 1 from ins)),
                    firsts as (
                        select pain_before, session_date from progress_session where program_id = ?
                        order by session_date, id limit 3)
                    select ins.id, ins.logged_at, f.pain_before, f.session_date
                    from ins left join firsts f on true
                    order by f.session_date nulls last""")) {
                int i = 1;
                st.setObject(i++, input.clientId());
                st.setString(i++, hash);
                st.setLong(i++, c.patientId());
                st.setLong(i++, patient.clinicId());
                st.setLong(i++, c.programId());
                st.setInt(i++, c.version());
                st.setObject(i++, input.date());
                st.setInt(i++, input.painBefore());
                st.setInt(i++, input.painAfter());
                st.setObject(i++, worst, java.sql.Types.SMALLINT);
                st.setArray(i++, connection.createArrayOf("text", symptoms.stream().map(Enum::name).toArray()));
                st.setString(i++, comment);
                st.setString(i++, exercisesJson);
                st.setInt(i++, done);
                st.setInt(i++, total);
                st.setString(i++, patient.subject());
                st.setLong(i++, c.patientId());
                st.setLong(i, c.programId());
                try (java.sql.ResultSet rs = st.executeQuery()) {
                    Long id = null;
                    java.time.OffsetDateTime at = null;
                    List<Object[]> firsts = new ArrayList<>();
                    while (rs.next()) {
                        id = rs.getLong(1);
                        at = rs.getObject(2, java.time.OffsetDateTime.class);
                        int before = rs.getInt(3);
                        if (!rs.wasNull()) {
                            firsts.add(new Object[] {before, rs.getObject(4, LocalDate.class)});
                        }
                    }
                    if (id == null) {
                        return null;
                    }
                    // the new session goes after the older ones of the same day
                    int at0 = 0;
                    while (at0 < firsts.size() && !((LocalDate) firsts.get(at0)[1]).isAfter(input.date())) {
                        at0++;
                    }
                    firsts.add(at0, new Object[] {input.painBefore(), input.date()});
                    return new Stored(id, at, firsts.stream().limit(3).map(r -> (Integer) r[0]).toList());
                }
            }
        });
    }

    private SessionResult result(SessionView view, List<Flag> flags) {
        return new SessionResult(view, flags.stream().map(f -> new FlagView(f.rule(), f.severity(), f.detail())).toList(),
                PatientGuidance.of(flags, view.symptoms()));
    }

    private SessionResult replay(long patientId, UUID clientId, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + ", s.content_hash from progress_session s"
                + " where s.patient_id = :p and s.client_id = :c").setParameter("p", patientId).setParameter("c", clientId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("a conflicting session vanished");
        }
        Object[] row = rows.getFirst();
        if (!hash.equals(row[row.length - 1])) {
            throw ConflictException.onField("This clientId was already used for a different session. Generate a new one for"
                    + " each session.", "clientId", "already used for a different session");
        }
        SessionView view = view(row);
        return result(view, alerts.flagsOfSession(view.id()));
    }

    /** Checks the submission against the published version; answers each exercise with its target. */
    List<ExerciseDone> check(SessionInput input, VersionView version) {
        List<InvalidField> errors = new ArrayList<>();
        LocalDate today = today();
        if (input.date().isAfter(today)) {
            errors.add(new InvalidField("date", "a session cannot be logged for a future day"));
        } else if (input.date().isBefore(today.minusDays(DAYS_BACK))) {
            errors.add(new InvalidField("date", "a session can be logged up to " + DAYS_BACK + " days back"));
        }
        Map<Long, PublishedItem> items = new LinkedHashMap<>();
        version.items().forEach(i -> items.putIfAbsent(i.exerciseId(), i));
        Map<Long, ExerciseLog> logged = new HashMap<>();
        for (int n = 0; n < input.exercises().size(); n++) {
            ExerciseLog log = input.exercises().get(n);
            String field = "exercises." + n + ".";
            PublishedItem item = items.get(log.exerciseId());
            if (item == null) {
                errors.add(new InvalidField(field + "exerciseId", "this exercise is not in your program"));
                continue;
            }
            if (logged.putIfAbsent(log.exerciseId(), log) != null) {
                errors.add(new InvalidField(field + "exerciseId", "this exercise is logged twice"));
                continue;
            }
            within(errors, field + "setsDone", log.setsDone(), item.sets(), "sets");
            within(errors, field + "repsDone", log.repsDone(), item.reps(), "repetitions");
            within(errors, field + "holdSeconds", log.holdSeconds(), item.holdSeconds(), "seconds");
            within(errors, field + "durationSeconds", log.durationSeconds(), item.durationSeconds(), "seconds");
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.fields(errors);
        }
        List<ExerciseDone> out = new ArrayList<>();
        for (PublishedItem item : version.items()) {
            ExerciseLog log = logged.remove(item.exerciseId());
            Target target = new Target(item.sets(), item.reps(), item.side(), item.holdSeconds(), item.durationSeconds(),
                    item.summary());
            out.add(log == null
                    ? new ExerciseDone(item.position(), item.exerciseId(), item.exerciseName(), target, false, null, null, null,
                    null, null, null)
                    : new ExerciseDone(item.position(), item.exerciseId(), item.exerciseName(), target, true, log.setsDone(),
                    log.repsDone(), log.holdSeconds(), log.durationSeconds(), log.pain(), log.difficulty()));
        }
        return out;
    }

    /** The highest believable value for a prescribed target: three times it, or ten more, whichever is larger. */
    public static int upperBound(int target) {
        return Math.max(target * 3, target + 10);
    }

    private static void within(List<InvalidField> errors, String field, Integer done, Integer target, String unit) {
        if (done != null && target != null && target > 0 && done > upperBound(target)) {
            errors.add(new InvalidField(field, "is far above the target of " + target + " " + unit
                    + " (at most " + upperBound(target) + ")"));
        }
    }

    // ------------------------------------------------------------------ reading

    private static final String COLUMNS = """
            s.id, s.client_id, s.session_date, s.program_id, s.program_version, s.pain_before, s.pain_after,
            s.worst_pain_during, s.symptoms, s.comment, s.exercises_done, s.exercises_total, cast(s.exercises as text),
            s.logged_at""";

    /** The signed-in patient's sessions, newest first. */
    @Transactional
    public SessionPage mine(Account patient, int page, int size) {
        return page(context(patient).patientId(), page, size);
    }

    /** A patient's sessions for their care team (scoped to the caller in the query). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionPage forStaff(Account caller, long patientId, int page, int size) {
        patients.visible(caller, patientId);
        return page(patientId, page, size);
    }

    /** A patient's sessions from a day on, oldest first, for their care team. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionView> forStaffSince(Account caller, long patientId, LocalDate from) {
        patients.visible(caller, patientId);
        return since(patientId, from);
    }

    /** One session of the signed-in patient. */
    @Transactional
    public SessionResult mineOne(Account patient, long sessionId) {
        long patientId = context(patient).patientId();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from progress_session s where s.id = :id"
                + " and s.patient_id = :p").setParameter("id", sessionId).setParameter("p", patientId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("The session");
        }
        SessionView view = view(rows.getFirst());
        return result(view, alerts.flagsOfSession(view.id()));
    }

    private SessionPage page(long patientId, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from progress_session s where s.patient_id = :p"
                        + " order by s.session_date desc, s.id desc limit :limit offset :offset")
                .setParameter("p", patientId).setParameter("limit", size).setParameter("offset", page * size).getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) from progress_session where patient_id = :p")
                .setParameter("p", patientId).getSingleResult()).longValue();
        return new SessionPage(rows.stream().map(this::view).toList(), page, size, total);
    }

    /** Sessions from a day on, oldest first: what the calendar, adherence and trend chart need. */
    public List<SessionView> since(long patientId, LocalDate from) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from progress_session s where s.patient_id = :p"
                        + " and s.session_date >= :from order by s.session_date, s.id")
                .setParameter("p", patientId).setParameter("from", from).getResultList();
        return rows.stream().map(this::view).toList();
    }

    private SessionView view(Object[] r) {
        List<Symptom> symptoms = new ArrayList<>();
        if (r[8] != null) {
            for (Object o : (Object[]) r[8]) {
                symptoms.add(Symptom.valueOf(o.toString()));
            }
        }
        List<ExerciseDone> exercises;
        try {
            exercises = json.readValue((String) r[12], EXERCISES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored session could not be read", e);
        }
        return new SessionView(((Number) r[0]).longValue(), (UUID) r[1], toDate(r[2]), ((Number) r[3]).longValue(),
                ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue(),
                r[7] == null ? null : ((Number) r[7]).intValue(), symptoms, (String) r[9], ((Number) r[10]).intValue(),
                ((Number) r[11]).intValue(), exercises, toTime(r[13]));
    }

    private static String hash(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
