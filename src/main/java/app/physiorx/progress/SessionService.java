package app.physiorx.progress;

import app.physiorx.config.PhysioRxConfig;
import app.physiorx.common.NotFoundException;
import app.physiorx.common.ConflictException;
import app.physiorx.common.Row;
import app.physiorx.account.Account;
import app.physiorx.patient.PatientService;
import app.physiorx.program.ProgramApi.VersionView;
import app.physiorx.program.ProgramService;
import app.physiorx.program.Symptom;
import app.physiorx.progress.PainRules.Flag;
import app.physiorx.progress.SessionApi.ExerciseDone;
import app.physiorx.progress.SessionApi.FlagView;
import app.physiorx.progress.SessionApi.SessionInput;
import app.physiorx.progress.SessionApi.SessionPage;
import app.physiorx.progress.SessionApi.SessionResult;
import app.physiorx.progress.SessionApi.SessionView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Session logging. A session is stored, checked against the pain rules and its alerts raised in
 * one transaction, so an acknowledged session always has its alerts. The client's UUID makes a
 * submission idempotent: the unique (patient, client id) row is inserted with ON CONFLICT DO
 * NOTHING, so a retry, even one racing the first, finds the stored session and answers it again.
 */
@ApplicationScoped
public class SessionService {
    public static final int DAYS_BACK = SessionChecks.DAYS_BACK;
    private static final TypeReference<List<ExerciseDone>> EXERCISES = new TypeReference<>() { };

    private final EntityManager em;
    private final SessionQueries queries;
    private final PatientService patients;
    private final ProgramService programs;
    private final SessionAlerts alerts;
    private final ObjectMapper json;
    private final ZoneId zone;
    private final app.physiorx.clinic.ClinicService clinics;

    public SessionService(EntityManager em, SessionQueries queries, PatientService patients, ProgramService programs,
                          SessionAlerts alerts, ObjectMapper json, PhysioRxConfig config,
                          app.physiorx.clinic.ClinicService clinics) {
        this.clinics = clinics;
        this.em = em;
        this.queries = queries;
        this.patients = patients;
        this.programs = programs;
        this.alerts = alerts;
        this.json = json;
        this.zone = config.timeZone();
    }

    /** The patient's record and the program they log against, with its alert settings. */
    /** The patient logging, their program and its rules, and the language they read ("en", "es"). */
    public record Context(long patientId, String patientName, String patientStatus, Long programId, String programStatus,
                          int version, PainRules.Settings settings, String language) {
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
        Context c = queries.context(patient).orElseGet(() -> {
            patients.forPatientAccount(patient); // links the record on first sign-in, or 404
            return queries.context(patient).orElseThrow(() -> new NotFoundException("Your patient record"));
        });
        app.physiorx.audit.AuditContext.patient(c.patientId());
        return c;
    }

    /** Stores the session (or finds the one stored under its client id) and raises its alerts. */
    @Transactional
    public Logged log(Account patient, SessionInput input) {
        Context c = context(patient);
        whyNotLogging(c).ifPresent(reason -> {
            throw new ConflictException(reason);
        });
        // the patient logs the exercises they saw: the active stage's
        VersionView version = programs.publishedVersion(c.programId(), c.version()).forPatient();
        List<ExerciseDone> exercises = SessionChecks.check(input, version, today(), c.language());
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
        SessionQueries.Stored stored = queries.store(new SessionQueries.NewSession(input.clientId(), hash, c.patientId(),
                patient.clinicId(), c.programId(), c.version(), input.date(), input.painBefore(), input.painAfter(), worst,
                symptoms, comment, exercisesJson, done, version.items().size(), patient.subject()));
        if (stored == null) {
            return new Logged(replay(c.patientId(), input.clientId(), hash, patient.clinicId(), c.language()), true);
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
        return new Logged(result(view, flags, patient.clinicId(), c.language()), false);
    }

    private SessionResult result(SessionView view, List<Flag> flags, long clinicId, String language) {
        return new SessionResult(view, flags.stream().map(f -> new FlagView(f.rule(), f.severity(), f.detail())).toList(),
                PatientGuidance.of(flags, view.symptoms(), flags.isEmpty() ? null : clinics.details(clinicId).phone(), language));
    }

    private SessionResult replay(long patientId, UUID clientId, String hash, long clinicId, String language) {
        List<Row> rows = Row.map(em.createNativeQuery("select " + COLUMNS + ", s.content_hash from progress_session s"
                + " where s.patient_id = :p and s.client_id = :c").setParameter("p", patientId).setParameter("c", clientId)
                .getResultList(), r -> r);
        if (rows.isEmpty()) {
            throw new IllegalStateException("a conflicting session vanished");
        }
        Row row = rows.getFirst();
        if (!hash.equals(row.getString(row.size() - 1))) {
            throw ConflictException.onField("This clientId was already used for a different session. Generate a new one for"
                    + " each session.", "clientId", "already used for a different session");
        }
        SessionView view = view(row);
        return result(view, alerts.flagsOfSession(view.id()), clinicId, language);
    }

    /** The highest believable value for a prescribed target: three times it, or ten more, whichever is larger. */
    public static int upperBound(int target) {
        return SessionChecks.upperBound(target);
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
        Context c = context(patient);
        long patientId = c.patientId();
        List<SessionView> rows = Row.map(em.createNativeQuery("select " + COLUMNS + " from progress_session s where s.id = :id"
                + " and s.patient_id = :p").setParameter("id", sessionId).setParameter("p", patientId).getResultList(), this::view);
        if (rows.isEmpty()) {
            throw new NotFoundException("The session");
        }
        SessionView view = rows.getFirst();
        return result(view, alerts.flagsOfSession(view.id()), patient.clinicId(), c.language());
    }

    private SessionPage page(long patientId, int page, int size) {
        List<SessionView> rows = Row.map(em.createNativeQuery("select " + COLUMNS + " from progress_session s where s.patient_id = :p"
                        + " order by s.session_date desc, s.id desc limit :limit offset :offset")
                .setParameter("p", patientId).setParameter("limit", size).setParameter("offset", page * size).getResultList(),
                this::view);
        long total = Row.of(em.createNativeQuery("select count(*) from progress_session where patient_id = :p")
                .setParameter("p", patientId).getSingleResult()).getLong(0);
        return new SessionPage(rows, page, size, total);
    }

    /** Every session of a patient whose record the caller was checked to see, oldest first; the query keeps to the clinic. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionView> ofRecord(app.physiorx.patient.PatientApi.PatientRef record) {
        return Row.map(em.createNativeQuery("select " + COLUMNS + " from progress_session s where s.patient_id = :p"
                        + " and s.clinic_id = :c order by s.session_date, s.id")
                .setParameter("p", record.id()).setParameter("c", record.clinicId()).getResultList(), this::view);
    }

    /** Sessions from a day on, oldest first: what the calendar, adherence and trend chart need. */
    public List<SessionView> since(long patientId, LocalDate from) {
        return Row.map(em.createNativeQuery("select " + COLUMNS + " from progress_session s where s.patient_id = :p"
                        + " and s.session_date >= :from order by s.session_date, s.id")
                .setParameter("p", patientId).setParameter("from", from).getResultList(), this::view);
    }

    private SessionView view(Row r) {
        List<Symptom> symptoms = r.getTextArray(8).stream().map(Symptom::valueOf)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        List<ExerciseDone> exercises;
        try {
            exercises = json.readValue(r.getString(12), EXERCISES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored session could not be read", e);
        }
        return new SessionView(r.getLong(0), r.getUuid(1), r.getDate(2), r.getLong(3), r.getInt(4), r.getInt(5), r.getInt(6),
                r.getIntOrNull(7), symptoms, r.getString(9), r.getInt(10), r.getInt(11), exercises, r.getTime(13));
    }

    private static String hash(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
