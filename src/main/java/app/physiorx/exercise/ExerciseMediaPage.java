package app.physiorx.exercise;

import app.physiorx.account.Account;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.common.InvalidInputException;
import app.physiorx.exercise.media.ExerciseMediaService;
import app.physiorx.exercise.media.MediaApi.MediaFile;
import app.physiorx.exercise.media.MediaApi.MediaUpdate;
import app.physiorx.exercise.media.MediaApi.MediaView;
import app.physiorx.exercise.media.MediaApi.Upload;
import app.physiorx.exercise.media.MediaResponses;
import app.physiorx.exercise.media.MediaStore;
import app.physiorx.web.Locations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The pictures and video of a clinic exercise in the portal: upload, caption, reorder and remove (plain forms). */
@Path("/portal/library/{id}/media")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class ExerciseMediaPage {
    private final CurrentUser currentUser;
    private final ExerciseService exercises;
    private final ExerciseMediaService media;
    private final MediaStore store;

    public ExerciseMediaPage(CurrentUser currentUser, ExerciseService exercises, ExerciseMediaService media, MediaStore store) {
        this.currentUser = currentUser;
        this.exercises = exercises;
        this.media = media;
        this.store = store;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response upload(@PathParam("id") long id, @RestForm("file") FileUpload file, @RestForm("kind") String kind,
                           @RestForm("caption") String caption, @RestForm("poster") FileUpload poster) {
        return change(id, () -> media.upload(currentUser.account(), id,
                new Upload(path(file), kind, caption, path(poster))));
    }

    @GET
    @Path("{mediaId}")
    @Produces({"image/png", "image/jpeg", "video/mp4", "video/webm"})
    @Operation(hidden = true)
    public Response file(@PathParam("id") long id, @PathParam("mediaId") long mediaId, @HeaderParam("Range") String range,
                         @HeaderParam("If-None-Match") String ifNoneMatch) {
        MediaFile found = media.file(currentUser.account(), id, mediaId);
        return MediaResponses.serve(store.open(found.sha256()), found, range, ifNoneMatch);
    }

    @POST
    @Path("{mediaId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("id") long id, @PathParam("mediaId") long mediaId, @RestForm("caption") String caption) {
        return change(id, () -> media.update(currentUser.account(), id, mediaId, new MediaUpdate(caption == null ? "" : caption, null)));
    }

    @POST
    @Path("{mediaId}/up")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response up(@PathParam("id") long id, @PathParam("mediaId") long mediaId) {
        return move(id, mediaId, -1);
    }

    @POST
    @Path("{mediaId}/down")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response down(@PathParam("id") long id, @PathParam("mediaId") long mediaId) {
        return move(id, mediaId, 1);
    }

    @POST
    @Path("{mediaId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response remove(@PathParam("id") long id, @PathParam("mediaId") long mediaId) {
        return change(id, () -> {
            media.remove(currentUser.account(), id, mediaId);
            return null;
        });
    }

    private Response move(long id, long mediaId, int by) {
        return change(id, () -> {
            MediaView m = media.get(currentUser.account(), id, mediaId);
            int count = (int) media.list(currentUser.account(), id).stream().filter(MediaView::picture).count();
            int to = Math.max(1, Math.min(count, m.position() + by));
            return media.update(currentUser.account(), id, mediaId, new MediaUpdate(null, to));
        });
    }

    /** Carries out a change and goes back to the exercise's page; a refused one re-renders it with the message beside its field. */
    private Response change(long id, Supplier<MediaView> action) {
        Account account = currentUser.account();
        try {
            action.get();
            return Response.seeOther(Locations.withFragment(Locations.of(LibraryPage.class, "exercise", id), "media")).build();
        } catch (InvalidInputException e) {
            String field = e.fields().isEmpty() ? "file" : e.fields().getFirst().field();
            return Response.status(400).entity(LibraryPage.Templates.exercise(exercises.get(account, id),
                    section(account, id, field, e.fields().isEmpty() ? e.getMessage() : e.fields().getFirst().message()))).build();
        }
    }

    MediaSection section(Account account, long id, String errorField, String error) {
        return MediaSection.of(id, media.list(account, id), errorField, error);
    }

    private static java.nio.file.Path path(FileUpload upload) {
        return upload == null || upload.uploadedFile() == null ? null : upload.uploadedFile();
    }
}
