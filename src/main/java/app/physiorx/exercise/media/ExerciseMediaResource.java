package app.physiorx.exercise.media;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.exercise.media.MediaApi.MediaFile;
import app.physiorx.exercise.media.MediaApi.MediaUpdate;
import app.physiorx.exercise.media.MediaApi.MediaView;
import app.physiorx.exercise.media.MediaApi.Upload;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/exercises/{id}/media")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exercise library")
public class ExerciseMediaResource {
    private final CurrentUser currentUser;
    private final ExerciseMediaService media;
    private final MediaStore store;

    public ExerciseMediaResource(CurrentUser currentUser, ExerciseMediaService media, MediaStore store) {
        this.currentUser = currentUser;
        this.media = media;
        this.store = store;
    }

    @GET
    @Operation(summary = "The pictures of a clinic or starter exercise in order, then its video")
    public List<MediaView> list(@PathParam("id") long id) {
        return media.list(currentUser.account(), id);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add a picture (kind PICTURE: PNG or JPEG up to 5 MB, at most 8) or the video (kind VIDEO: MP4 or"
            + " WebM up to 100 MB, replacing the one before; optional poster picture, else the first picture shows) to a"
            + " clinic exercise; the type is read from the content")
    public Response upload(@PathParam("id") long id, @RestForm("file") FileUpload file, @RestForm("kind") String kind,
                           @RestForm("caption") String caption, @RestForm("poster") FileUpload poster) {
        MediaView added = media.upload(currentUser.account(), id, new Upload(path(file), kind, caption, path(poster)));
        return Response.created(URI.create(added.url())).entity(added).build();
    }

    @GET
    @Path("{mediaId}")
    @Produces({"image/png", "image/jpeg", "video/mp4", "video/webm", MediaType.APPLICATION_JSON})
    @Operation(summary = "The bytes of a picture, poster or video; Range requests answer 206 (seeking), the ETag is the SHA-256")
    public Response file(@PathParam("id") long id, @PathParam("mediaId") long mediaId, @HeaderParam("Range") String range,
                         @HeaderParam("If-None-Match") String ifNoneMatch) {
        MediaFile found = media.file(currentUser.account(), id, mediaId);
        return MediaResponses.serve(store.open(found.sha256()), found, range, ifNoneMatch);
    }

    @PUT
    @Path("{mediaId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a caption and/or move a picture to another place (1 = first); published versions keep theirs")
    public MediaView update(@PathParam("id") long id, @PathParam("mediaId") long mediaId, MediaUpdate change) {
        return media.update(currentUser.account(), id, mediaId, change);
    }

    @DELETE
    @Path("{mediaId}")
    @Operation(summary = "Remove a picture or the video; published versions keep showing it until the next publish")
    public Response remove(@PathParam("id") long id, @PathParam("mediaId") long mediaId) {
        media.remove(currentUser.account(), id, mediaId);
        return Response.noContent().build();
    }

    static java.nio.file.Path path(FileUpload upload) {
        return upload == null || upload.uploadedFile() == null ? null : upload.uploadedFile();
    }
}
