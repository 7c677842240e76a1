package app.physiorx.exercise;

import app.physiorx.web.Locations;
import app.physiorx.common.InvalidInputException;
import app.physiorx.account.Account;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.exercise.ExerciseApi.ExerciseChoice;
import app.physiorx.exercise.ExerciseApi.ExerciseDetail;
import app.physiorx.exercise.ExerciseApi.ExerciseInput;
import app.physiorx.exercise.ExerciseApi.SearchQuery;
import app.physiorx.exercise.ExerciseApi.SearchResults;
import app.physiorx.web.FormErrors;
import app.physiorx.web.FormFlow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The library in the portal: search (htmx, with a plain-form fallback), exercise pages, the editor. */
@Path("/portal/library")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class LibraryPage {
    private final CurrentUser currentUser;
    private final ExerciseService exercises;
    private final ExerciseImageService images;
    private final Validator validator;
    private final HiddenExerciseService hidden;
    private final app.physiorx.exercise.media.ExerciseMediaService media;

    public LibraryPage(CurrentUser currentUser, ExerciseService exercises, ExerciseImageService images, Validator validator,
                       HiddenExerciseService hidden, app.physiorx.exercise.media.ExerciseMediaService media) {
        this.media = media;
        this.currentUser = currentUser;
        this.exercises = exercises;
        this.images = images;
        this.validator = validator;
        this.hidden = hidden;
    }

    /** Links to the previous and next page of the same search, and to the suggested search. */
    public record Paging(String previous, String next, String suggestion) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance library(SearchResults results, SearchQuery query, String error, Paging paging,
                                               List<LibraryFacets.Group> facets);

        static native TemplateInstance library$results(SearchResults results, SearchQuery query, String error, Paging paging,
                                                       List<LibraryFacets.Group> facets);

        static native TemplateInstance exercise(ExerciseDetail exercise, MediaSection media);

        static native TemplateInstance form(ExerciseForm form, Map<String, String> errors, Long id, List<ExerciseChoice> bases);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance library(@QueryParam("q") String q, @QueryParam("group") String group,
                                    @QueryParam("region") String region, @QueryParam("position") String position,
                                    @QueryParam("equipment") String equipment, @QueryParam("page") String page,
                                    @QueryParam("movement") String movement, @QueryParam("difficulty") String difficulty,
                                    @QueryParam("hidden") String hidden, @HeaderParam("HX-Request") String htmx) {
        SearchQuery query = new SearchQuery(q, group, region, position, equipment, page, "20", movement, difficulty, hidden);
        SearchResults results = new SearchResults(List.of(), 0, 20, 0, null, null);
        String error = null;
        try {
            results = exercises.searchWithSpelling(currentUser.account(), query);
        } catch (InvalidInputException e) {
            error = e.getMessage();
        }
        Paging paging = new Paging(results.hasPrevious() ? link(query, results.page() - 1) : null,
                results.hasNext() ? link(query, results.page() + 1) : null,
                results.didYouMean() == null ? null : link(new SearchQuery(results.didYouMean(), query.group(), query.region(),
                        query.position(), query.equipment(), null, null, query.movement(), query.difficulty(), query.hidden()), 0));
        List<LibraryFacets.Group> facets = LibraryFacets.links(results.facets(), query);
        return "true".equals(htmx) ? Templates.library$results(results, query, error, paging, facets)
                : Templates.library(results, query, error, paging, facets);
    }

    static String link(SearchQuery query, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", query.q());
        params.put("group", query.group());
        params.put("region", query.region());
        params.put("position", query.position());
        params.put("equipment", query.equipment());
        params.put("movement", query.movement());
        params.put("difficulty", query.difficulty());
        params.put("hidden", query.hidden());
        params.put("page", Integer.toString(page));
        StringBuilder url = new StringBuilder("/portal/library?");
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                url.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
            }
        });
        return url.substring(0, url.length() - 1);
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public TemplateInstance newExercise() {
        return Templates.form(ExerciseForm.empty(), Map.of(), null, exercises.choices(currentUser.account()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@BeanParam ExerciseForm form) {
        return save(form, null);
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance exercise(@PathParam("id") long id) {
        Account account = currentUser.account();
        return Templates.exercise(exercises.get(account, id), MediaSection.of(id, media.list(account, id), null, null));
    }

    @GET
    @Path("{id}/edit")
    @Operation(hidden = true)
    public TemplateInstance edit(@PathParam("id") long id) {
        Account account = currentUser.account();
        return Templates.form(ExerciseForm.of(exercises.getEditable(account, id)), Map.of(), id, exercises.choices(account));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("id") long id, @BeanParam ExerciseForm form) {
        return save(form, id);
    }

    private Response save(ExerciseForm form, Long id) {
        Account account = currentUser.account();
        FormErrors errors = new FormErrors();
        ExerciseInput input = form.toInput(errors);
        return FormFlow.submit(validator, input, errors, valid -> {
            ExerciseDetail saved = id == null ? exercises.create(account, valid) : exercises.update(account, id, valid);
            return Locations.of(LibraryPage.class, "exercise", saved.id());
        }, shown -> Templates.form(form, ExerciseForm.onFormFields(shown).map(), id, exercises.choices(account)));
    }

    @POST
    @Path("{id}/copy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response copy(@PathParam("id") long id) {
        ExerciseDetail copy = exercises.copy(currentUser.account(), id);
        return Response.seeOther(Locations.of(LibraryPage.class, "edit", copy.id())).build();
    }

    @POST
    @Path("{id}/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response archive(@PathParam("id") long id) {
        exercises.setStatus(currentUser.account(), id, ExerciseStatus.ARCHIVED);
        return Response.seeOther(Locations.of(LibraryPage.class, "exercise", id)).build();
    }

    @POST
    @Path("{id}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response restore(@PathParam("id") long id) {
        exercises.setStatus(currentUser.account(), id, ExerciseStatus.ACTIVE);
        return Response.seeOther(Locations.of(LibraryPage.class, "exercise", id)).build();
    }

    @POST
    @Path("{id}/hide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response hide(@PathParam("id") long id) {
        hidden.hide(currentUser.account(), id);
        return Response.seeOther(Locations.of(LibraryPage.class, "exercise", id)).build();
    }

    @POST
    @Path("{id}/unhide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response unhide(@PathParam("id") long id) {
        hidden.unhide(currentUser.account(), id);
        return Response.seeOther(Locations.of(LibraryPage.class, "exercise", id)).build();
    }

    /** Picture 1 of the exercise, as it is now (the print view of a handout shows it). */
    @GET
    @Path("{id}/image")
    @Produces({"image/png", "image/jpeg"})
    @Operation(hidden = true)
    public Response image(@PathParam("id") long id) {
        ExerciseImageService.ImageData image = images.load(currentUser.account(), id);
        return Response.ok(image.data(), image.contentType()).header("Cache-Control", "private, max-age=300").build();
    }
}
