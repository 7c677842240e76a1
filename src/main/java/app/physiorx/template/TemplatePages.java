package app.physiorx.template;

import app.physiorx.web.Locations;
import app.physiorx.account.Account;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.exercise.ExerciseApi.ExerciseChoice;
import app.physiorx.exercise.ExerciseService;
import app.physiorx.template.TemplateApi.TemplateInput;
import app.physiorx.template.TemplateApi.TemplateSummary;
import app.physiorx.template.TemplateApi.TemplateView;
import app.physiorx.web.FormErrors;
import app.physiorx.web.FormFlow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Protocol templates in the portal: list, view, and a plain-form editor. */
@Path("/portal/templates")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class TemplatePages {
    private final CurrentUser currentUser;
    private final TemplateService templates;
    private final ExerciseService exercises;
    private final Validator validator;

    public TemplatePages(CurrentUser currentUser, TemplateService templates, ExerciseService exercises, Validator validator) {
        this.currentUser = currentUser;
        this.templates = templates;
        this.exercises = exercises;
        this.validator = validator;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<TemplateSummary> templates);

        static native TemplateInstance view(TemplateView template);

        static native TemplateInstance form(TemplateForm form, Map<String, String> errors, Long id, List<ExerciseChoice> exercises);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list() {
        return Templates.list(templates.list(currentUser.account()));
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance view(@PathParam("id") long id) {
        return Templates.view(templates.get(currentUser.account(), id));
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public TemplateInstance newTemplate(@QueryParam("from") Long from) {
        Account account = currentUser.account();
        TemplateForm form = from == null ? new TemplateForm() : TemplateForm.of(templates.get(account, from), true);
        return Templates.form(form, Map.of(), null, exercises.choices(account));
    }

    @GET
    @Path("{id}/edit")
    @Operation(hidden = true)
    public TemplateInstance edit(@PathParam("id") long id) {
        Account account = currentUser.account();
        return Templates.form(TemplateForm.of(templates.getEditable(account, id), false), Map.of(), id, exercises.choices(account));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@BeanParam TemplateForm form) {
        return save(form, null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("id") long id, @BeanParam TemplateForm form) {
        return save(form, id);
    }

    private Response save(TemplateForm form, Long id) {
        Account account = currentUser.account();
        FormErrors errors = new FormErrors();
        List<Integer> rowOfItem = new ArrayList<>();
        TemplateInput input = form.toInput(errors, rowOfItem);
        return FormFlow.submit(validator, input, errors, valid -> {
            TemplateView saved = id == null ? templates.create(account, valid) : templates.update(account, id, valid);
            return Locations.of(TemplatePages.class, "view", saved.id());
        }, shown -> Templates.form(form, TemplateForm.onFormFields(shown, rowOfItem).map(), id, exercises.choices(account)));
    }
}
