package app.physiorx.libraryio;

import app.physiorx.account.Account;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The three export files as downloads, for the API and the portal alike. */
@ApplicationScoped
class LibraryDownloads {
    static final String ZIP = "application/zip";
    static final String CSV = "text/csv";

    private final LibraryExportService exports;
    private final ObjectMapper json;

    LibraryDownloads(LibraryExportService exports, ObjectMapper json) {
        this.exports = exports;
        this.json = json;
    }

    Response json(Account caller) {
        return download(documentBytes(exports.export(caller)), MediaType.APPLICATION_JSON, "json");
    }

    Response csv(Account caller) {
        var export = exports.export(caller);
        return download((StreamingOutput) out -> {
            LibraryCsv.write(export.document().exercises(), new OutputStreamWriter(out, StandardCharsets.UTF_8)); // closes it
        }, CSV + "; charset=UTF-8", "csv");
    }

    Response zip(Account caller) {
        var export = exports.export(caller);
        byte[] document = documentBytes(export);
        return download((StreamingOutput) out -> LibraryZip.write(document, export.media(), out), ZIP, "zip");
    }

    private byte[] documentBytes(LibraryExportService.Export export) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export.document());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response download(Object entity, String type, String extension) {
        return Response.ok(entity, type)
                .header("Content-Disposition", "attachment; filename=\"physiorx-library." + extension + "\"").build();
    }
}
