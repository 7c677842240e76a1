package app.physiorx.libraryio;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.libraryio.LibraryImportService.Clash;
import app.physiorx.libraryio.LibraryImportService.Clashes;
import app.physiorx.libraryio.LibraryImportService.Done;
import app.physiorx.libraryio.LibraryImportService.Invalid;
import app.physiorx.libraryio.LibraryImportService.Options;
import app.physiorx.libraryio.LibraryImportService.Outcome;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * "Export and import" in the portal: download links for the clinic's library and, for clinic admins, a plain
 * upload form. A refused file comes back with its errors by row and field; clashes with a choice per name.
 */
@Path("/portal/library/transfer")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class LibraryTransferPage {
    private final CurrentUser currentUser;
    private final LibraryDownloads downloads;
    private final LibraryImportService imports;

    public LibraryTransferPage(CurrentUser currentUser, LibraryDownloads downloads, LibraryImportService imports) {
        this.currentUser = currentUser;
        this.downloads = downloads;
        this.imports = imports;
    }

    /** What the last import answered, for the page; every list empty on a first visit. */
    public record Result(String format, List<ImportError> errors, List<Clash> clashes, Done done) {
        static final Result NONE = new Result(null, List.of(), List.of(), null);

        public boolean dryRun() {
            return done != null && done.dryRun();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance transfer(boolean canImport, String schemaUrl, Result result);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page() {
        return page(Result.NONE);
    }

    private TemplateInstance page(Result result) {
        return Templates.transfer(currentUser.account().role() == Role.CLINIC_ADMIN, LibraryFile.SCHEMA_PATH, result);
    }

    @GET
    @Path("export.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response exportJson() {
        return downloads.json(currentUser.account());
    }

    @GET
    @Path("export.csv")
    @Produces(LibraryDownloads.CSV)
    @Operation(hidden = true)
    public Response exportCsv() {
        return downloads.csv(currentUser.account());
    }

    @GET
    @Path("export.zip")
    @Produces(LibraryDownloads.ZIP)
    @Operation(hidden = true)
    public Response exportZip() {
        return downloads.zip(currentUser.account());
    }

    @POST
    @Path("import")
    @RolesAllowed(Role.CLINIC_ADMIN_NAME)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response importFile(@RestForm("file") FileUpload file, @RestForm("dryRun") boolean dryRun,
                               @RestForm("resolution") List<String> resolutions) {
        Outcome outcome = imports.importFile(currentUser.account(), LibraryResource.path(file),
                new Options(dryRun, null, LibraryResource.resolutions(resolutions)));
        return switch (outcome) {
            case Invalid i -> Response.status(400).entity(page(new Result(i.format().name(), i.errors(), List.of(), null))).build();
            case Clashes c -> Response.status(409).entity(page(new Result(c.format().name(), List.of(), c.clashes(), null))).build();
            case Done d -> Response.ok(page(new Result(d.format().name(), List.of(), List.of(), d))).build();
        };
    }
}
