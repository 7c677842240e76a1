package app.physiorx.exercise;

import app.physiorx.web.Locations;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.exercise.ExerciseApi.ExerciseDetail;
import app.physiorx.exercise.ExerciseApi.ExerciseInput;
import app.physiorx.exercise.ExerciseApi.SearchQuery;
import app.physiorx.exercise.ExerciseApi.SearchResults;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/exercises")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exercise library")
public class ExerciseResource {
    private final CurrentUser currentUser;
    private final ExerciseService exercises;
    private final ExerciseImageService images;
    private final HiddenExerciseService hidden;

    public ExerciseResource(CurrentUser currentUser, ExerciseService exercises, ExerciseImageService images,
                            HiddenExerciseService hidden) {
        this.currentUser = currentUser;
        this.exercises = exercises;
        this.images = images;
        this.hidden = hidden;
    }

    @GET
    @Operation(summary = "Search the library: the starter catalog and your clinic's active exercises; misspelt words are"
            + " matched to the closest word the library uses (searchedFor), and didYouMean suggests a search when nothing matched")
    public SearchResults search(@QueryParam("q") String q, @QueryParam("group") String group,
                                        @QueryParam("region") String region, @QueryParam("position") String position,
                                        @QueryParam("equipment") String equipment, @QueryParam("page") String page,
                                        @QueryParam("size") String size, @QueryParam("movement") String movement,
                                        @QueryParam("difficulty") String difficulty, @QueryParam("hidden") String hidden) {
        return exercises.searchWithSpelling(currentUser.account(),
                new SearchQuery(q, group, region, position, equipment, page, size, movement, difficulty, hidden));
    }

    @POST
    @Path("{id}/hide")
    @Operation(summary = "Hide a starter exercise your clinic does not use: it leaves your library list and search"
            + " (hidden=show lists it again); programs and published versions keep it")
    public ExerciseDetail hide(@PathParam("id") long id) {
        hidden.hide(currentUser.account(), id);
        return exercises.get(currentUser.account(), id);
    }

    @POST
    @Path("{id}/unhide")
    @Operation(summary = "Bring a hidden starter exercise back into your clinic's library")
    public ExerciseDetail unhide(@PathParam("id") long id) {
        hidden.unhide(currentUser.account(), id);
        return exercises.get(currentUser.account(), id);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One exercise with steps, cues, precautions and relations")
    public ExerciseDetail get(@PathParam("id") long id) {
        return exercises.get(currentUser.account(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an exercise for your clinic")
    public Response create(@Valid @NotNull ExerciseInput input) {
        ExerciseDetail created = exercises.create(currentUser.account(), input);
        return Response.created(Locations.of(ExerciseResource.class, "get", created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one of your clinic's exercises (send the version you read; 409 if it changed since)")
    public ExerciseDetail update(@PathParam("id") long id, @Valid @NotNull ExerciseInput input) {
        return exercises.update(currentUser.account(), id, input);
    }

    @POST
    @Path("{id}/copy")
    @Operation(summary = "Copy a starter or clinic exercise into an editable clinic exercise")
    public Response copy(@PathParam("id") long id) {
        ExerciseDetail copy = exercises.copy(currentUser.account(), id);
        return Response.created(Locations.of(ExerciseResource.class, "get", copy.id())).entity(copy).build();
    }

    @POST
    @Path("{id}/archive")
    @Operation(summary = "Archive a clinic exercise: it leaves the search but stays in programs that use it")
    public ExerciseDetail archive(@PathParam("id") long id) {
        return exercises.setStatus(currentUser.account(), id, ExerciseStatus.ARCHIVED);
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Bring an archived clinic exercise back into the library")
    public ExerciseDetail restore(@PathParam("id") long id) {
        return exercises.setStatus(currentUser.account(), id, ExerciseStatus.ACTIVE);
    }

    @PUT
    @Path("{id}/image")
    @Consumes({"image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Attach a PNG or JPEG picture (at most 2 MB) to a clinic exercise")
    public Response putImage(@PathParam("id") long id, byte[] data) {
        images.store(currentUser.account(), id, data);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/image")
    @Produces({"image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(summary = "The exercise's picture")
    public Response image(@PathParam("id") long id) {
        ExerciseImageService.ImageData image = images.load(currentUser.account(), id);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(300);
        return Response.ok(image.data(), image.contentType()).cacheControl(cache).build();
    }
}
