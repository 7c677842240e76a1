package app.physiorx.portal;

import app.physiorx.web.Locations;
import app.physiorx.patient.PatientForm;
import app.physiorx.patient.PatientService;
import app.physiorx.common.InvalidInputException;
import app.physiorx.account.Account;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.account.StaffRef;
import app.physiorx.account.StaffDirectory;
import app.physiorx.common.Page;
import app.physiorx.common.Paging;
import app.physiorx.outcome.CaseloadMeasures;
import app.physiorx.patient.PatientStatus;
import app.physiorx.patient.PatientApi.PatientAccess;
import app.physiorx.patient.PatientApi.PatientListItem;
import app.physiorx.patient.PatientApi.PatientView;
import app.physiorx.program.ProgramApi.ProgramSummary;
import app.physiorx.program.ProgramService;
import app.physiorx.template.TemplateApi.TemplateSummary;
import app.physiorx.template.TemplateService;
import app.physiorx.web.FormErrors;
import app.physiorx.web.FormFlow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import app.physiorx.outcome.OutcomeLanguage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

/** The caseload in the portal: list, patient page, add/edit forms, access (temporary password shown once). */
@app.physiorx.audit.Audited("patient")
@Path("/portal/patients")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class CaseloadPages {
    private final CurrentUser currentUser;
    private final PatientService patients;
    private final ProgramService programs;
    private final TemplateService templates;
    private final StaffDirectory staff;
    private final Validator validator;

    private final app.physiorx.progress.SessionService progress;
    private final app.physiorx.alert.AlertService alerts;
    private final app.physiorx.outcome.OutcomeService outcomes;
    private final app.physiorx.outcome.InstrumentService instruments;
    private final CaseloadMeasures caseloadMeasures;
    @jakarta.inject.Inject
    app.physiorx.reminder.ReminderService reminders;
    @jakarta.inject.Inject
    PageLanguage pageLanguage;

    public CaseloadPages(CurrentUser currentUser, PatientService patients, ProgramService programs, TemplateService templates,
                         StaffDirectory staff, Validator validator, app.physiorx.progress.SessionService progress,
                         app.physiorx.alert.AlertService alerts, app.physiorx.outcome.OutcomeService outcomes,
                         app.physiorx.outcome.InstrumentService instruments, CaseloadMeasures caseloadMeasures) {
        this.instruments = instruments;
        this.caseloadMeasures = caseloadMeasures;
        this.outcomes = outcomes;
        this.progress = progress;
        this.alerts = alerts;
        this.currentUser = currentUser;
        this.patients = patients;
        this.programs = programs;
        this.templates = templates;
        this.staff = staff;
        this.validator = validator;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance caseload(Page<PatientListItem> patients, String q, String status, String error,
                                                Map<Long, CaseloadMeasures.DueCount> due);

        static native TemplateInstance caseload$rows(Page<PatientListItem> patients, String q, String status, String error,
                                                     Map<Long, CaseloadMeasures.DueCount> due);

        static native TemplateInstance patient(PatientView patient, List<ProgramSummary> programs, List<TemplateSummary> templates,
                                               List<app.physiorx.program.ProgramApi.ProgramChoice> copyFrom,
                                               app.physiorx.alert.AlertApi.AlertPage alerts,
                                               app.physiorx.progress.ProgressCharts.PainChart painChart,
                                               List<app.physiorx.progress.SessionApi.SessionView> recent,
                                               List<app.physiorx.outcome.OutcomeApi.MeasureView> measures,
                                               List<app.physiorx.outcome.OutcomeApi.InstrumentView> instruments,
                                               Map<String, String> measureErrors, Map<String, String> measureValues,
                                               app.physiorx.reminder.ReminderApi.ReminderView reminders);

        static native TemplateInstance form(PatientForm form, Map<String, String> errors, Long id, List<StaffRef> therapists,
                                            boolean admin);

        static native TemplateInstance access(PatientAccess access);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance caseload(@QueryParam("q") String q, @QueryParam("status") String status,
                                     @QueryParam("page") String page, @HeaderParam("HX-Request") String htmx) {
        Page<PatientListItem> list = new Page<>(List.of(), 0, 25, 0);
        String error = null;
        try {
            list = patients.list(currentUser.account(), q, status, Paging.number("page", page, 0, 0, 10_000), 25);
        } catch (InvalidInputException e) {
            error = e.getMessage();
        }
        // questionnaires due, for the active patients on this page only (two queries for the page)
        Map<Long, CaseloadMeasures.DueCount> due = caseloadMeasures.due(currentUser.account(), list.items().stream()
                .filter(p -> p.status() == PatientStatus.ACTIVE).map(PatientListItem::id).toList());
        return "true".equals(htmx) ? Templates.caseload$rows(list, q, status, error, due)
                : Templates.caseload(list, q, status, error, due);
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public TemplateInstance newPatient() {
        Account account = currentUser.account();
        PatientForm form = new PatientForm();
        form.startOfCare = java.time.LocalDate.now().toString();
        form.therapistId = account.role() == Role.THERAPIST ? String.valueOf(account.userId()) : "";
        return Templates.form(form, Map.of(), null, staff.therapists(account.clinicId()), account.role() == Role.CLINIC_ADMIN);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@BeanParam PatientForm form) {
        Account account = currentUser.account();
        FormErrors errors = FormErrors.in(pageLanguage);
        return FormFlow.respond(validator, form.toInput(errors), errors, valid -> accessPage(patients.create(account, valid)),
                shown -> Templates.form(form, shown.map(), null, staff.therapists(account.clinicId()),
                        account.role() == Role.CLINIC_ADMIN));
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance patient(@PathParam("id") long id) {
        return patientPage(id, Map.of(), Map.of());
    }

    private TemplateInstance patientPage(long id, Map<String, String> measureErrors, Map<String, String> measureValues) {
        Account account = currentUser.account();
        var patient = patients.get(account, id);
        var sessions = progress.forStaffSince(account, id, progress.today().minusWeeks(8));
        return Templates.patient(patient, programs.listForPatient(account, id), templates.list(account),
                programs.copyChoices(account), alerts.list(account, null, null, id, 0, 10),
                app.physiorx.progress.ProgressCharts.painChart(sessions, pageLanguage.get()), sessions.reversed().stream().limit(8).toList(),
                // the built-in questionnaires' names in the portal's language
                outcomes.forStaff(account, id).stream().map(m -> OutcomeLanguage.in(m, pageLanguage.get())).toList(),
                instruments.instruments(account).stream().map(i -> OutcomeLanguage.in(i, pageLanguage.get())).toList(),
                measureErrors, measureValues,
                reminders.forPatient(account, id));
    }

    /** Adds an outcome measure to one of the patient's programs; errors show beside the fields of the patient page. */
    @POST
    @Path("{id}/measures")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addMeasure(@PathParam("id") long id, @RestForm String programId, @RestForm String instrumentId,
                               @RestForm String atStart, @RestForm String everyWeeks, @RestForm String atDischarge,
                               @RestForm String dischargeOn) {
        Account account = currentUser.account();
        FormErrors errors = FormErrors.in(pageLanguage);
        Map<String, String> values = new java.util.HashMap<>();
        java.util.function.BiConsumer<String, String> keep = (k, v) -> {
            if (v != null && !v.isBlank()) {
                values.put(k, v);
            }
        };
        keep.accept("programId", programId);
        keep.accept("instrumentId", instrumentId);
        keep.accept("atStart", atStart);
        keep.accept("everyWeeks", everyWeeks);
        keep.accept("atDischarge", atDischarge);
        keep.accept("dischargeOn", dischargeOn);
        values.put("submitted", "true");
        Integer program = errors.number("programId", programId);
        Integer instrument = errors.number("instrumentId", instrumentId);
        Integer weeks = errors.number("everyWeeks", everyWeeks);
        java.time.LocalDate discharge = errors.date("dischargeOn", dischargeOn);
        if (errors.isEmpty()) {
            try {
                outcomes.add(account, id, new app.physiorx.outcome.OutcomeApi.NewMeasure(program == null ? null : program.longValue(),
                        instrument == null ? null : instrument.longValue(), "true".equals(atStart), weeks, "true".equals(atDischarge),
                        discharge));
                return Response.seeOther(java.net.URI.create(Locations.of(CaseloadPages.class, "patient", id) + "#measures")).build();
            } catch (InvalidInputException | app.physiorx.common.ConflictException e) {
                errors.addAll(e);
            }
        }
        return Response.status(400).entity(patientPage(id, errors.map(), values)).build();
    }

    @POST
    @Path("{id}/measures/{measureId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response removeMeasure(@PathParam("id") long id, @PathParam("measureId") long measureId) {
        outcomes.remove(currentUser.account(), id, measureId);
        return Response.seeOther(java.net.URI.create(Locations.of(CaseloadPages.class, "patient", id) + "#measures")).build();
    }

    @GET
    @Path("{id}/edit")
    @Operation(hidden = true)
    public TemplateInstance edit(@PathParam("id") long id) {
        Account account = currentUser.account();
        return Templates.form(PatientForm.of(patients.get(account, id)), Map.of(), id, staff.therapists(account.clinicId()),
                account.role() == Role.CLINIC_ADMIN);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("id") long id, @BeanParam PatientForm form) {
        Account account = currentUser.account();
        FormErrors errors = FormErrors.in(pageLanguage);
        return FormFlow.submit(validator, form.toInput(errors), errors, valid -> {
            patients.update(account, id, valid);
            return Locations.of(CaseloadPages.class, "patient", id);
        }, shown -> Templates.form(form, shown.map(), id, staff.therapists(account.clinicId()),
                account.role() == Role.CLINIC_ADMIN));
    }

    @POST
    @Path("{id}/access")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @app.physiorx.audit.Audited(value = "patient", action = "patient.access-reissued")
    @Operation(hidden = true)
    public Response access(@PathParam("id") long id) {
        return accessPage(patients.issueAccess(currentUser.account(), id));
    }

    @POST
    @Path("{id}/programs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response newProgram(@PathParam("id") long id, @RestForm String title, @RestForm String startFrom) {
        // "template:12", "program:34" or empty (an empty program)
        Long template = null;
        Long copy = null;
        if (startFrom != null && startFrom.startsWith("template:")) {
            template = (long) Paging.number("startFrom", startFrom.substring(9), 0, 1, Integer.MAX_VALUE);
        } else if (startFrom != null && startFrom.startsWith("program:")) {
            copy = (long) Paging.number("startFrom", startFrom.substring(8), 0, 1, Integer.MAX_VALUE);
        }
        var request = new app.physiorx.program.ProgramApi.NewProgram(title, template, copy);
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new jakarta.validation.ConstraintViolationException(violations);
        }
        var program = programs.create(currentUser.account(), id, request);
        return Response.seeOther(Locations.of(app.physiorx.program.ProgramPages.class, program.id())).build();
    }

    /** The temporary password is shown on this one response only, never stored by the browser. */
    private static Response accessPage(PatientAccess access) {
        return Response.ok(Templates.access(access)).header("Cache-Control", "no-store").build();
    }
}
