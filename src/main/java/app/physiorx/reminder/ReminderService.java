package app.physiorx.reminder;

import app.physiorx.account.Account;
import app.physiorx.audit.AuditContext;
import app.physiorx.common.NotFoundException;
import app.physiorx.common.Row;
import app.physiorx.common.SecretBox;
import app.physiorx.config.PhysioRxConfig;
import app.physiorx.patient.PatientApi.PatientView;
import app.physiorx.patient.PatientService;
import app.physiorx.patient.PatientStatus;
import app.physiorx.program.ProgramApi.VersionView;
import app.physiorx.program.ProgramService;
import app.physiorx.progress.WeekPlan;
import app.physiorx.reminder.ReminderApi.ReminderInput;
import app.physiorx.reminder.ReminderApi.ReminderView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reminder settings, the calendar feed's secret and the email log. Staff reach a patient's reminders through
 * their caseload (404 otherwise); a patient reaches only their own. Every read is audited with the patient's id.
 */
@ApplicationScoped
public class ReminderService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<LocalTime> DEFAULT_TIMES = List.of(LocalTime.of(18, 0));

    private final EntityManager em;
    private final PatientService patients;
    private final app.physiorx.patient.PatientLanguageQueries languages;
    private final ProgramService programs;
    private final SecretBox box;
    private final ReminderCalendar calendars;
    private final String publicUrl;

    public ReminderService(EntityManager em, PatientService patients, ProgramService programs, SecretBox box,
                           ReminderCalendar calendars, PhysioRxConfig config,
                           app.physiorx.patient.PatientLanguageQueries languages) {
        this.languages = languages;
        this.em = em;
        this.patients = patients;
        this.programs = programs;
        this.box = box;
        this.calendars = calendars;
        this.publicUrl = config.publicUrl();
    }

    /** A stored setting as read. */
    record Stored(long patientId, List<LocalTime> times, List<DayOfWeek> days, boolean emailOn, String unsubscribeToken,
                  String calendarSealed, OffsetDateTime calendarIssuedAt, String updatedBy, OffsetDateTime updatedAt) {
    }

    // ------------------------------------------------------------------ reading and saving

    @Transactional
    public ReminderView forPatient(Account caller, long patientId) {
        return view(patients.get(caller, patientId), false);
    }

    @Transactional
    public ReminderView mine(Account caller) {
        return view(patients.ownView(caller), true);
    }

    @Transactional
    public ReminderView save(Account caller, long patientId, ReminderInput input) {
        PatientView p = patients.get(caller, patientId);
        store(p, input, caller.displayName());
        return view(p, false);
    }

    @Transactional
    public ReminderView saveMine(Account caller, ReminderInput input) {
        PatientView p = patients.ownView(caller);
        store(p, input, caller.displayName());
        return view(p, true);
    }

    /** The signed-in patient's language ("en", "es"). */
    public String language(Account caller) {
        return languages.ofAccount(caller);
    }

    /** A new calendar link (the old one, if any, stops working). */
    @Transactional
    public ReminderView issueCalendar(Account caller) {
        PatientView p = patients.ownView(caller);
        ensure(p.id(), caller.displayName());
        String token = token();
        em.createNativeQuery("""
                update reminder_setting set calendar_token_hash = :hash, calendar_token_sealed = :sealed,
                       calendar_issued_at = now(), updated_by = :by, updated_at = now() where patient_id = :p""")
                .setParameter("hash", sha256(token)).setParameter("sealed", box.seal(token))
                .setParameter("by", caller.displayName()).setParameter("p", p.id()).executeUpdate();
        return view(p, true);
    }

    /** The calendar link stops working; the patient's calendar app drops the events at its next refresh. */
    @Transactional
    public ReminderView revokeCalendar(Account caller) {
        PatientView p = patients.ownView(caller);
        em.createNativeQuery("""
                update reminder_setting set calendar_token_hash = null, calendar_token_sealed = null,
                       calendar_issued_at = null, updated_by = :by, updated_at = now() where patient_id = :p""")
                .setParameter("by", caller.displayName()).setParameter("p", p.id()).executeUpdate();
        return view(p, true);
    }

    /** The signed-in patient's reminders as a one-off iCalendar file. */
    @Transactional
    public String myCalendar(Account caller) {
        PatientView p = patients.ownView(caller);
        return calendar(p.id(), p.status(), p.language(), stored(p.id()).orElse(null));
    }

    /** The feed behind a secret calendar link (404 for a link never issued or revoked). Audited with the patient. */
    @Transactional
    public String feed(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
            throw new NotFoundException("The calendar");
        }
        Long patientId = Row.first(em.createNativeQuery(
                        "select patient_id from reminder_setting where calendar_token_hash = :h", Long.class)
                .setParameter("h", sha256(token)), Long.class).orElseThrow(() -> new NotFoundException("The calendar"));
        AuditContext.patient(patientId);
        // not scoped: the secret link is the patient's own credential for this one feed
        Row patient = Row.of(em.createNativeQuery("select status, language from patient where id = :p").setParameter("p", patientId)
                .getSingleResult());
        return calendar(patientId, PatientStatus.valueOf(patient.getString(0)), patient.getString(1), stored(patientId).orElseThrow());
    }

    /** Turns email reminders off by the unsubscribe link's secret: the patient's id, or empty for an unknown link. */
    @Transactional
    public Optional<Long> unsubscribe(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        List<?> ids = em.createNativeQuery("""
                update reminder_setting set email_on = false, updated_by = 'the unsubscribe link', updated_at = now()
                where unsubscribe_token = :t returning patient_id""").setParameter("t", token).getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** The patient's language when the unsubscribe link is one we issued (for its page), else empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> unsubscribeLinkLanguage(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        // not scoped: the secret link is the patient's own credential for this one setting
        return Row.first(em.createNativeQuery("""
                select p.language from reminder_setting r join patient p on p.id = r.patient_id
                where r.unsubscribe_token = :t""", String.class).setParameter("t", token), String.class);
    }

    // ------------------------------------------------------------------ for the email job

    /** The days reminders come on for this patient: chosen, or the current program's, or every day. */
    Set<DayOfWeek> days(long patientId, List<DayOfWeek> chosen) {
        if (!chosen.isEmpty()) {
            return EnumSet.copyOf(chosen);
        }
        return programs.currentForPatientRecord(patientId).map(v -> WeekPlan.of(v, null).weekdays())
                .filter(w -> !w.isEmpty()).<Set<DayOfWeek>>map(EnumSet::copyOf).orElse(EnumSet.allOf(DayOfWeek.class));
    }

    Optional<VersionView> currentVersion(long patientId) {
        return programs.currentForPatientRecord(patientId);
    }

    String unsubscribeUrl(String token) {
        return publicUrl + "/reminders/unsubscribe/" + token;
    }

    /** The patient's home page, signing in in their language ({@link app.physiorx.account.SignInLanguage}). */
    String signInUrl(String language) {
        return app.physiorx.account.SignInLanguage.patientHome(publicUrl, language);
    }

    // ------------------------------------------------------------------ inside

    private String calendar(long patientId, PatientStatus status, String language, Stored s) {
        Optional<VersionView> version = status == PatientStatus.ACTIVE ? programs.currentForPatientRecord(patientId) : Optional.empty();
        if (s == null || version.isEmpty()) {
            return calendars.empty(language);
        }
        LocalDate start = programs.startDate(version.get().programId()).orElse(null);
        return calendars.feed(patientId, s.times(), days(patientId, s.days()), start, version.get(), s.updatedAt(), signInUrl(language), language);
    }

    private void store(PatientView p, ReminderInput input, String by) {
        List<LocalTime> times = new TreeSet<>(input.times().stream().map(t -> t.withSecond(0).withNano(0)).toList())
                .stream().toList();
        List<DayOfWeek> days = input.days() == null ? List.of() : new TreeSet<>(input.days()).stream().toList();
        boolean email = Boolean.TRUE.equals(input.email());
        if (email && (p.email() == null || p.email().isBlank())) {
            throw app.physiorx.common.InvalidInputException.field("email",
                    "there is no email address on the record: ask the clinic to add one first");
        }
        ensure(p.id(), by);
        em.createNativeQuery("""
                update reminder_setting set times = cast(:times as time[]), weekdays = cast(:days as smallint[]),
                       email_on = :email, updated_by = :by, updated_at = now() where patient_id = :p""")
                .setParameter("times", "{" + String.join(",", times.stream().map(LocalTime::toString).toList()) + "}")
                .setParameter("days", "{" + String.join(",", days.stream().map(d -> String.valueOf(d.getValue())).toList()) + "}")
                .setParameter("email", email).setParameter("by", by).setParameter("p", p.id()).executeUpdate();
    }

    /** The patient's row, made with the defaults and an unsubscribe secret if missing. */
    private void ensure(long patientId, String by) {
        em.createNativeQuery("""
                insert into reminder_setting (patient_id, unsubscribe_token, updated_by) values (:p, :t, :by)
                on conflict (patient_id) do nothing""")
                .setParameter("p", patientId).setParameter("t", token()).setParameter("by", by).executeUpdate();
    }

    Optional<Stored> stored(long patientId) {
        return Row.map(em.createNativeQuery("""
                select patient_id, array_to_string(times, ','), array_to_string(weekdays, ','), email_on, unsubscribe_token,
                       calendar_token_sealed, calendar_issued_at, updated_by, updated_at
                from reminder_setting where patient_id = :p""").setParameter("p", patientId).getResultList(),
                ReminderService::stored).stream().findFirst();
    }

    static Stored stored(Row row) {
        return new Stored(row.getLong(0), times(row.getString(1)), days(row.getString(2)), row.getBoolean(3), row.getString(4),
                row.getString(5), row.getTime(6), row.getString(7), row.getTime(8));
    }

    static List<LocalTime> times(String csv) {
        return csv == null || csv.isBlank() ? DEFAULT_TIMES
                : Arrays.stream(csv.split(",")).map(t -> LocalTime.parse(t.strip()).withSecond(0)).sorted().toList();
    }

    static List<DayOfWeek> days(String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(",")).map(d -> DayOfWeek.of(Integer.parseInt(d.strip()))).sorted().toList();
    }

    private ReminderView view(PatientView p, boolean own) {
        Optional<Stored> s = stored(p.id());
        List<DayOfWeek> chosen = s.map(Stored::days).orElse(List.of());
        List<DayOfWeek> program = new TreeSet<>(days(p.id(), List.of())).stream().toList();
        List<DayOfWeek> effective = chosen.isEmpty() ? program : chosen;
        boolean emailPossible = p.email() != null && !p.email().isBlank();
        String url = own ? s.map(Stored::calendarSealed).map(box::open).map(t -> publicUrl + "/calendar/" + t + ".ics").orElse(null) : null;
        return new ReminderView(p.id(), s.isPresent(), s.map(Stored::times).orElse(DEFAULT_TIMES), chosen, chosen.isEmpty(), effective, program,
                s.map(Stored::emailOn).orElse(false) && emailPossible, emailPossible,
                s.map(Stored::calendarIssuedAt).isPresent(), url, s.map(Stored::calendarIssuedAt).orElse(null),
                s.map(Stored::updatedBy).orElse(null), s.map(Stored::updatedAt).orElse(null));
    }

    private static String token() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
