package app.physiorx.portal;

import app.physiorx.common.NotFoundException;
import app.physiorx.account.Account;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.progress.SessionAlerts;
import app.physiorx.progress.SessionAlerts.RedFlagNotice;
import app.physiorx.progress.SessionPages;
import app.physiorx.progress.SessionService;
import app.physiorx.program.ProgramApi.VersionView;
import app.physiorx.program.ProgramService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The patient's own page, phone first: today's program in plain words. */
@app.physiorx.audit.Audited("program")
@Path("/me")
@RolesAllowed(Role.PATIENT_NAME)
@Produces(MediaType.TEXT_HTML)
public class PatientHomeResource {
    private final CurrentUser currentUser;
    private final ProgramService programs;
    private final SessionService sessions;
    private final SessionAlerts alerts;
    private final app.physiorx.exercise.ExerciseFigureQueries figures;

    private final app.physiorx.program.ProgramMediaQueries media;
    private final app.physiorx.exercise.media.MediaStore store;
    private final app.physiorx.outcome.OutcomeService outcomes;

    public PatientHomeResource(CurrentUser currentUser, ProgramService programs, SessionService sessions,
                               SessionAlerts alerts, app.physiorx.exercise.ExerciseFigureQueries figures,
                               app.physiorx.program.ProgramMediaQueries media, app.physiorx.exercise.media.MediaStore store,
                               app.physiorx.outcome.OutcomeService outcomes) {
        this.outcomes = outcomes;
        this.media = media;
        this.store = store;
        this.figures = figures;
        this.alerts = alerts;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.programs = programs;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Account account, VersionView program, String blocked,
                                            app.physiorx.progress.ProgressCharts.Week week, RedFlagNotice redFlag,
                                            java.util.Map<Integer, io.quarkus.qute.RawString> figures,
                                            List<app.physiorx.outcome.OutcomeService.Due> due);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance home() {
        Account account = currentUser.account();
        SessionService.Context context;
        try {
            context = sessions.contextOnVisit(account);
        } catch (NotFoundException e) {
            return Templates.home(account, null, null, null, null, java.util.Map.of(), List.of()); // signed in, but no patient record (yet)
        }
        VersionView program = programs.inLanguage(programs.currentForPatientRecord(context.patientId()).orElse(null),
                context.language());
        String blocked = sessions.whyNotLogging(context).orElse(null);
        return Templates.home(account, program, blocked,
                program == null ? null : SessionPages.thisWeek(sessions, context.patientId(), program,
                        programs.startDate(program.programId()).orElse(null)),
                alerts.redFlagNotice(context.patientId()).orElse(null),
                program == null ? java.util.Map.of() : PatientFigures.of(figures, program.forPatient().items(), context.language()),
                outcomes.dueFor(account, context));
    }

    /** A picture, video or poster of the patient's current version, as published (404 for anything else). */
    @GET
    @Path("media/{mediaId}")
    @Produces({"image/png", "image/jpeg", "video/mp4", "video/webm"})
    @app.physiorx.audit.Audited("media")
    @Operation(hidden = true)
    public jakarta.ws.rs.core.Response media(@jakarta.ws.rs.PathParam("mediaId") long mediaId,
                                             @jakarta.ws.rs.HeaderParam("Range") String range,
                                             @jakarta.ws.rs.HeaderParam("If-None-Match") String ifNoneMatch) {
        app.physiorx.exercise.media.MediaApi.MediaFile found = media.forPatient(currentUser.account(), mediaId);
        return app.physiorx.exercise.media.MediaResponses.serve(store.open(found.sha256()), found, range, ifNoneMatch);
    }
}
