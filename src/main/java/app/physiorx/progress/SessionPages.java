package app.physiorx.progress;

import app.physiorx.web.Locations;
import app.physiorx.account.Account;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.clinic.ClinicService;
import app.physiorx.program.ProgramApi.VersionView;
import app.physiorx.program.ProgramService;
import app.physiorx.program.Symptom;
import app.physiorx.progress.ProgressCharts.History;
import app.physiorx.progress.SessionApi.SessionResult;
import app.physiorx.progress.SessionApi.SessionView;
import app.physiorx.web.FormErrors;
import app.physiorx.web.FormFlow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The patient's session pages, phone first: log a session, see one, see the history. */
@app.physiorx.audit.Audited("session")
@Path("/me/sessions")
@RolesAllowed(Role.PATIENT_NAME)
@Produces(MediaType.TEXT_HTML)
public class SessionPages {
    private final CurrentUser currentUser;
    private final SessionService sessions;
    private final ProgramService programs;
    private final Validator validator;
    private final SessionAlerts alerts;
    private final ClinicService clinics;
    private final app.physiorx.patient.PatientLanguageQueries patients;

    private final app.physiorx.exercise.ExerciseTranslationService translations;

    public SessionPages(CurrentUser currentUser, SessionService sessions, ProgramService programs, Validator validator,
                        SessionAlerts alerts, ClinicService clinics, app.physiorx.exercise.ExerciseTranslationService translations,
                        app.physiorx.patient.PatientLanguageQueries patients) {
        this.translations = translations;
        this.patients = patients;
        this.alerts = alerts;
        this.clinics = clinics;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.programs = programs;
        this.validator = validator;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(SessionForm form, Map<String, String> errors, String blocked, VersionView program,
                                           List<Symptom> symptoms, List<Difficulty> difficulties, LocalDate today,
                                           LocalDate earliest, SessionAlerts.RedFlagNotice redFlag,
                                           PatientGuidance.Offline offline);

        static native TemplateInstance session(SessionResult result, boolean justLogged);

        static native TemplateInstance history(History history, List<SessionView> recent, long total);
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public Response form() {
        return withProgram(currentUser.account(),
                version -> Response.ok(show(SessionForm.blank(version, sessions.today()), Map.of(), version)).build());
    }

    /** Answers the page of the patient's current version, or 409 with the reason when they cannot log. */
    private Response withProgram(Account account, java.util.function.Function<VersionView, Response> page) {
        SessionService.Context c = sessions.context(account);
        String blocked = sessions.whyNotLogging(c).orElse(null);
        if (blocked != null) {
            return Response.status(409).entity(Templates.log(null, Map.of(), blocked, null, List.of(), List.of(),
                    sessions.today(), sessions.today(), alerts.redFlagNotice(c.patientId()).orElse(null), null)).build();
        }
        return page.apply(programs.inLanguage(programs.publishedVersion(c.programId(), c.version()).forPatient(), c.language()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response log(MultivaluedMap<String, String> fields) {
        Account account = currentUser.account();
        return withProgram(account, version -> {
            SessionForm form = SessionForm.read(fields, version);
            String language = patients.ofAccount(account);
            FormErrors errors = new FormErrors(language);
            app.physiorx.web.Msg msg = app.physiorx.web.Messages.in(language);
            return FormFlow.submit(validator, form.toInput(errors, msg), errors, valid -> {
                SessionService.Logged logged = sessions.log(account, valid);
                return URI.create(Locations.of(SessionPages.class, "session", logged.result().session().id()) + "?logged=true");
            }, e -> show(form, form.formErrors(e), version));
        });
    }

    private TemplateInstance show(SessionForm form, Map<String, String> errors, VersionView version) {
        LocalDate today = sessions.today();
        Account account = currentUser.account();
        SessionService.Context c = sessions.context(account);
        // what the phone needs to show the red-flag guidance itself for a session it cannot send yet
        PatientGuidance.Offline offline = PatientGuidance.offline(c.settings().redFlags(), clinics.details(account.clinicId()).phone(),
                c.language());
        return Templates.log(form, errors, null, version, List.of(Symptom.values()), List.of(Difficulty.values()), today,
                today.minusDays(SessionService.DAYS_BACK), alerts.redFlagNotice(c.patientId()).orElse(null), offline);
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance session(@PathParam("id") long id, @QueryParam("logged") boolean logged) {
        Account account = currentUser.account();
        return Templates.session(namesIn(sessions.mineOne(account, id), patients.ofAccount(account)), logged);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance history() {
        Account account = currentUser.account();
        SessionService.Context c = sessions.context(account);
        VersionView version = c.programId() == null ? null : programs.publishedVersion(c.programId(), c.version()).forPatient();
        LocalDate today = sessions.today();
        List<SessionView> recent = sessions.since(c.patientId(), today.minusWeeks(6));
        LocalDate start = c.programId() == null ? today : programs.startDate(c.programId()).orElse(today);
        History history = ProgressCharts.history(recent, today, ProgressCharts.weeksShown(start, today, 5), WeekPlan.of(version, start),
                c.language());
        return Templates.history(history, recent.reversed().stream().limit(20).toList(), recent.size());
    }

    /** The session's exercises named as the patient reads them (their translations), the rest as stored. */
    private SessionResult namesIn(SessionResult r, String language) {
        Map<Long, String> names = translations.of(r.session().exercises().stream().map(SessionApi.ExerciseDone::exerciseId)
                .distinct().toList(), language).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
        if (names.isEmpty()) {
            return r;
        }
        SessionView s = r.session();
        List<SessionApi.ExerciseDone> exercises = s.exercises().stream().map(e -> new SessionApi.ExerciseDone(e.position(),
                e.exerciseId(), names.getOrDefault(e.exerciseId(), e.exerciseName()), e.target(), e.done(), e.setsDone(),
                e.repsDone(), e.holdSeconds(), e.durationSeconds(), e.pain(), e.difficulty())).toList();
        return new SessionResult(new SessionView(s.id(), s.clientId(), s.date(), s.programId(), s.programVersion(),
                s.painBefore(), s.painAfter(), s.worstPainDuring(), s.symptoms(), s.comment(), s.exercisesDone(),
                s.exercisesTotal(), exercises, s.loggedAt()), r.flags(), r.guidance());
    }

    /** For the home page: this week's count against the prescription, or null without a program. */
    public static ProgressCharts.Week thisWeek(SessionService sessions, long patientId, VersionView version, LocalDate start) {
        LocalDate today = sessions.today();
        return ProgressCharts.history(sessions.since(patientId, today.minusDays(7)), today, 1,
                WeekPlan.of(version == null ? null : version.forPatient(), start)).thisWeek();
    }

}
