package app.physiorx.exercise;

import app.physiorx.account.Account;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.common.NotFoundException;
import app.physiorx.exercise.ExerciseApi.ExerciseDetail;
import app.physiorx.exercise.TranslationApi.ExerciseTranslation;
import app.physiorx.exercise.TranslationApi.TranslationInput;
import app.physiorx.web.FormErrors;
import app.physiorx.web.FormFlow;
import app.physiorx.web.Locations;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

/**
 * An exercise's Spanish beside its English, for the clinic to write: its patients who read Spanish then get it on
 * their phone and their handout. Starter exercises show their shipped translation, read-only.
 */
@Path("/portal/library/{id}/translations/{language}")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class TranslationPage {
    private final CurrentUser currentUser;
    private final ExerciseService exercises;
    private final ExerciseTranslationService translations;
    private final Validator validator;

    public TranslationPage(CurrentUser currentUser, ExerciseService exercises, ExerciseTranslationService translations,
                           Validator validator) {
        this.currentUser = currentUser;
        this.exercises = exercises;
        this.translations = translations;
        this.validator = validator;
    }

    /** The form as the browser sends it: lists are one entry per line. */
    public static class Form {
        @RestForm public String name;
        @RestForm public String subtitle;
        @RestForm public String positionDetail;
        @RestForm public String steps;
        @RestForm public String cues;
        @RestForm public String precautions;
        @RestForm public String variations;

        static Form of(ExerciseTranslation t) {
            Form f = new Form();
            if (t != null) {
                f.name = t.name();
                f.subtitle = t.subtitle();
                f.positionDetail = t.positionDetail();
                f.steps = String.join("\n", t.steps());
                f.cues = String.join("\n", t.cues());
                f.precautions = String.join("\n", t.precautions());
                f.variations = String.join("\n", t.variations());
            }
            return f;
        }

        public java.util.List<String> getStepLines() {
            return FormErrors.lines(steps);
        }

        /** Beside the steps: the placeholders stay as they are, in any language. */
        public String getHint() {
            return "Keep the words in braces as the English has them, after the bar in Spanish: {hold|un momento}. "
                    + "They are filled in with each patient's dosage, in Spanish words.";
        }

        TranslationInput toInput() {
            return new TranslationInput(name == null ? "" : name, blank(subtitle), blank(positionDetail), null,
                    FormErrors.lines(steps), FormErrors.lines(cues), FormErrors.lines(precautions), FormErrors.lines(variations));
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ExerciseDetail exercise, String language, Form form, boolean exists,
                                            Map<String, String> errors, boolean saved);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance form(@PathParam("id") long id, @PathParam("language") String language,
                                 @jakarta.ws.rs.QueryParam("saved") boolean saved) {
        Account account = currentUser.account();
        ExerciseDetail exercise = exercises.get(account, id);
        ExerciseTranslation t = existing(account, id, language);
        return Templates.form(exercise, language, Form.of(t), t != null, Map.of(), saved && t != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(@PathParam("id") long id, @PathParam("language") String language, @BeanParam Form form) {
        Account account = currentUser.account();
        ExerciseDetail exercise = exercises.get(account, id);
        boolean exists = existing(account, id, language) != null;
        return FormFlow.submit(validator, form.toInput(), new FormErrors(), valid -> {
            translations.put(account, id, language, valid);
            return java.net.URI.create(Locations.of(TranslationPage.class, (Object) id, language) + "?saved=true");
        }, shown -> Templates.form(exercise, language, form, exists, ExerciseForm.onFormFields(shown).map(), false));
    }

    @POST
    @Path("remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response remove(@PathParam("id") long id, @PathParam("language") String language) {
        translations.delete(currentUser.account(), id, language);
        return Response.seeOther(Locations.of(LibraryPage.class, "exercise", id)).build();
    }

    private ExerciseTranslation existing(Account account, long id, String language) {
        try {
            return translations.get(account, id, language);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
