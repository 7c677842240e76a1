package app.physiorx.exercise;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.exercise.TranslationApi.ExerciseTranslation;
import app.physiorx.exercise.TranslationApi.TranslationInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An exercise's translation into a patient's language (today Spanish, {@code es}). */
@Path("/api/exercises/{id}/translations/{language}")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exercise library")
public class ExerciseTranslationResource {
    private final CurrentUser currentUser;
    private final ExerciseTranslationService translations;

    public ExerciseTranslationResource(CurrentUser currentUser, ExerciseTranslationService translations) {
        this.currentUser = currentUser;
        this.translations = translations;
    }

    @GET
    @Operation(summary = "The exercise's text in a patient's language (404 when it has none)")
    public ExerciseTranslation get(@PathParam("id") long id, @PathParam("language") String language) {
        return translations.get(currentUser.account(), id, language);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write or replace the translation of one of your clinic's exercises; patients of that "
            + "language read it from then on (starter exercises: 403, they ship their own)")
    public ExerciseTranslation put(@PathParam("id") long id, @PathParam("language") String language,
                                   @Valid @NotNull TranslationInput input) {
        return translations.put(currentUser.account(), id, language, input);
    }

    @DELETE
    @Operation(summary = "Remove the translation: patients of that language read the original, with a note")
    public void delete(@PathParam("id") long id, @PathParam("language") String language) {
        translations.delete(currentUser.account(), id, language);
    }
}
