package app.physiorx.libraryio;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.audit.Audited;
import app.physiorx.libraryio.LibraryImportService.Clashes;
import app.physiorx.libraryio.LibraryImportService.Done;
import app.physiorx.libraryio.LibraryImportService.Invalid;
import app.physiorx.libraryio.LibraryImportService.Options;
import app.physiorx.libraryio.LibraryImportService.Outcome;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Export and import of a clinic's library. Staff of the clinic export its own exercises and templates (JSON,
 * CSV, ZIP with pictures); only a clinic admin imports. Import errors come back by row and field as
 * problem+json, clashes as a 409 listing them.
 */
@Audited("library")
@Path("/api/library")
@Tag(name = "Library import and export")
public class LibraryResource {
    static final String ZIP = LibraryDownloads.ZIP;
    static final String CSV = LibraryDownloads.CSV;
    private static final Pattern RESOLUTION = Pattern.compile("^((?:exercise|template):.+?)=(skip|rename(?::.*)?)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final CurrentUser currentUser;
    private final LibraryDownloads downloads;
    private final LibraryImportService imports;

    public LibraryResource(CurrentUser currentUser, LibraryDownloads downloads, LibraryImportService imports) {
        this.currentUser = currentUser;
        this.downloads = downloads;
        this.imports = imports;
    }

    @GET
    @Path("export.json")
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The clinic's own exercises and templates as a library file (see /schema/physiorx-library-1.schema.json)")
    public Response exportJson() {
        return downloads.json(currentUser.account());
    }

    @GET
    @Path("export.csv")
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    @Produces(CSV)
    @Operation(summary = "The clinic's own exercises as CSV, one row each")
    public Response exportCsv() {
        return downloads.csv(currentUser.account());
    }

    @GET
    @Path("export.zip")
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    @Produces(ZIP)
    @Operation(summary = "The library file with a media folder holding each exercise's pictures")
    public Response exportZip() {
        return downloads.zip(currentUser.account());
    }

    @POST
    @Path("import")
    @RolesAllowed(Role.CLINIC_ADMIN_NAME)
    @Consumes({MediaType.APPLICATION_JSON, CSV, ZIP, MediaType.APPLICATION_OCTET_STREAM})
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Operation(summary = "Imports a library file (JSON, CSV or ZIP, told apart by content) into the caller's clinic",
            description = "Query: dryRun=true shows what would happen; onClash=rename|skip answers every name clash; "
                    + "resolution=exercise:Name=skip (or =rename, =rename:New name; template:Name=...) answers one.")
    public Response importFile(java.io.File body, @QueryParam("dryRun") boolean dryRun, @QueryParam("onClash") String onClash,
                               @QueryParam("resolution") List<String> resolutions, @Context UriInfo uri) {
        return answer(imports.importFile(currentUser.account(), body == null ? null : body.toPath(),
                new Options(dryRun, onClash, resolutions(resolutions))), uri);
    }

    @POST
    @Path("import")
    @RolesAllowed(Role.CLINIC_ADMIN_NAME)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Operation(summary = "Imports a library file sent as the multipart field \"file\" (same answers as the plain upload)")
    public Response importUpload(@RestForm("file") FileUpload file, @RestForm("dryRun") boolean dryRun,
                                 @RestForm("onClash") String onClash, @RestForm("resolution") List<String> resolutions,
                                 @Context UriInfo uri) {
        return answer(imports.importFile(currentUser.account(), path(file), new Options(dryRun, onClash, resolutions(resolutions))), uri);
    }

    /** The upload's temporary file, or null when none was sent. */
    static java.nio.file.Path path(FileUpload file) {
        return file == null ? null : file.uploadedFile();
    }

    /** "exercise:Name=skip" and the like as a map; anything else is ignored (the clash then stays open). */
    static Map<String, String> resolutions(List<String> values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String v : values == null ? List.<String>of() : values) {
            Matcher m = RESOLUTION.matcher(v == null ? "" : v.strip());
            if (m.matches()) {
                map.put(m.group(1), m.group(2));
            }
        }
        return map;
    }

    /** The import problem document: RFC 9457 with the errors (row, field, message) or the clashes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImportProblem(String type, String title, int status, String detail, String instance, String format,
                                List<ImportError> errors, List<LibraryImportService.Clash> clashes) {
    }

    private Response answer(Outcome outcome, UriInfo uri) {
        return switch (outcome) {
            case Invalid i -> Response.status(400).type("application/problem+json").entity(new ImportProblem("about:blank",
                    "Bad Request", 400, i.errors().size() == 1 ? message(i.errors().getFirst())
                    : i.errors().size() + " problems in the file; nothing was imported", uri.getPath(), i.format().name(),
                    i.errors(), null)).build();
            case Clashes c -> Response.status(409).type("application/problem+json").entity(new ImportProblem("about:blank",
                    "Conflict", 409, "Your clinic already uses " + c.clashes().size() + (c.clashes().size() == 1 ? " name" : " names")
                    + " of this file: choose rename or skip for each; nothing was imported", uri.getPath(),
                    c.format().name(), c.clashes().stream().map(k -> new ImportError(k.row(), k.field(), "your clinic already has "
                    + (k.kind().equals("exercise") ? "an exercise" : "a template") + " named \"" + k.name() + "\"")).toList(),
                    c.clashes())).build();
            case Done d -> Response.ok(d, MediaType.APPLICATION_JSON).build();
        };
    }

    static String message(ImportError e) {
        return (e.row() == null ? "" : "row " + e.row() + ", ") + e.field() + ": " + e.message();
    }
}
