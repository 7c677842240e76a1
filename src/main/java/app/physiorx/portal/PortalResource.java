package app.physiorx.portal;

import app.physiorx.account.Account;
import app.physiorx.account.ClinicView;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.StaffDirectory;
import app.physiorx.account.Role;
import app.physiorx.clinic.ClinicService;
import app.physiorx.clinic.PaperSize;
import app.physiorx.web.FormErrors;
import app.physiorx.web.FormFlow;
import app.physiorx.web.Locations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

/** The therapists' and clinic admins' portal: the dashboard, and the clinic's settings for its admins. */
@Path("/portal")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class PortalResource {
    private final CurrentUser currentUser;
    private final ClinicService clinics;
    private final StaffDirectory staff;
    private final app.physiorx.alert.AlertService alerts;
    private final Validator validator;
    private final app.physiorx.alert.AlertBadge badge;

    public PortalResource(CurrentUser currentUser, ClinicService clinics, StaffDirectory staff,
                          app.physiorx.alert.AlertService alerts, app.physiorx.alert.AlertBadge badge, Validator validator) {
        this.alerts = alerts;
        this.badge = badge;
        this.currentUser = currentUser;
        this.clinics = clinics;
        this.staff = staff;
        this.validator = validator;
    }

    @jakarta.inject.Inject
    PageLanguage portalLanguage;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Account account, ClinicView clinic,
                                                 app.physiorx.alert.AlertApi.AlertPage open, app.physiorx.alert.AlertApi.Counts counts,
                                                 boolean phoneMissing);

        static native TemplateInstance clinic(ClinicService.ClinicSettings form, Map<String, String> errors,
                                              List<PaperSize> paperSizes, boolean saved);
    }

    @GET
    @app.physiorx.audit.Audited("dashboard") // the open alerts it lists name their patients: each is in the event
    @Operation(hidden = true)
    public TemplateInstance dashboard() {
        Account account = currentUser.account();
        ClinicView clinic = ClinicView.of(clinics.details(account.clinicId()), staff.headCounts(account.clinicId()));
        return Templates.dashboard(account, clinic,
                alerts.list(account, app.physiorx.alert.AlertStatus.OPEN, null, null, 0, 10), badge.getCounts(), // counted once with the badge
                account.role() == Role.CLINIC_ADMIN && (clinic.phone() == null || clinic.phone().isBlank()));
    }

    /** The clinic's name, phone (shown to patients with a red flag and printed on handouts) and paper size. */
    @GET
    @app.physiorx.audit.Audited("") // the clinic's own settings: no patient data
    @Path("clinic")
    @RolesAllowed(Role.CLINIC_ADMIN_NAME)
    @Operation(hidden = true)
    public TemplateInstance clinic(@QueryParam("saved") boolean saved) {
        var d = clinics.details(currentUser.account().clinicId());
        return Templates.clinic(new ClinicService.ClinicSettings(d.name(), d.phone(), d.paperSize(), d.language()), Map.of(),
                List.of(PaperSize.values()), saved);
    }

    @POST
    @app.physiorx.audit.Audited("") // the clinic's own settings: no patient data
    @Path("clinic")
    @RolesAllowed(Role.CLINIC_ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveClinic(@RestForm String name, @RestForm String phone, @RestForm String paperSize,
                               @RestForm String language) {
        FormErrors errors = new FormErrors();
        PaperSize paper = null;
        try {
            paper = paperSize == null || paperSize.isBlank() ? null : PaperSize.valueOf(paperSize.strip());
        } catch (IllegalArgumentException e) {
            errors.add("paperSize", words().clinic_choosePaper());
        }
        if (paper == null && errors.isEmpty()) {
            errors.add("paperSize", words().clinic_choosePaper());
        }
        String lang = language == null || language.isBlank() ? null : language.strip(); // left out: unchanged
        if (lang != null && !(lang.equals("en") || lang.equals("es"))) {
            errors.add("language", words().clinic_chooseLanguage());
        }
        var form = new ClinicService.ClinicSettings(name, phone, paper, lang);
        long clinic = currentUser.account().clinicId();
        return FormFlow.submit(validator, errors.isEmpty() ? form : null, errors, valid -> {
            clinics.update(clinic, valid);
            return URI.create(Locations.of(PortalResource.class, "clinic") + "?saved=true");
        }, e -> Templates.clinic(form, e.map(), List.of(PaperSize.values()), false));
    }

    /** The portal's words in the clinic's language, for messages Java puts on a page. */
    private app.physiorx.web.PortalMsg words() {
        return io.quarkus.qute.i18n.MessageBundles.get(app.physiorx.web.PortalMsg.class,
                io.quarkus.qute.i18n.Localized.Literal.of(portalLanguage.get()));
    }
}
