package app.physiorx.libraryio;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The published JSON Schema of the library file (served at {@link LibraryFile#SCHEMA_PATH}), checked with the
 * networknt validator (draft 2020-12). Its errors come back by path, so the importer can say which row and field.
 */
public final class LibrarySchema {
    private static final String RESOURCE = "META-INF/resources" + LibraryFile.SCHEMA_PATH;
    private static final Schema SCHEMA = load();

    private LibrarySchema() {
    }

    private static Schema load() {
        try (InputStream in = LibrarySchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the library schema is missing from the app: " + RESOURCE);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the document breaks of the schema, by path; empty when it fits. */
    public static List<ImportError> check(JsonNode document) {
        return SCHEMA.validate(document).stream().map(LibrarySchema::toError).distinct().limit(200).toList();
    }

    private static ImportError toError(Error e) {
        String path = path(e.getInstanceLocation());
        if ("required".equals(e.getKeyword()) && e.getProperty() != null) {
            path = path.isEmpty() ? e.getProperty() : path + "." + e.getProperty();
        }
        String message = switch (e.getKeyword() == null ? "" : e.getKeyword()) {
            case "oneOf" -> "name either an exercise of this file (exercise) or a starter exercise (starter), not both";
            case "required" -> "is required";
            case "additionalProperties" -> "is not a field of this format: " + e.getProperty();
            default -> e.getMessage().replaceFirst("^\\S+: ", "");
        };
        return ImportError.at(path.isEmpty() ? "file" : path, message);
    }

    /** "exercises[2].dosage.repsMax" from the validator's location. */
    static String path(NodePath location) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; location != null && i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(element);
            }
        }
        return out.toString();
    }
}
