package app.physiorx.libraryio;

import app.physiorx.account.Account;
import app.physiorx.audit.AuditEntry;
import app.physiorx.audit.AuditLog;
import app.physiorx.common.ImageCheck;
import app.physiorx.common.InvalidInputException;
import app.physiorx.config.PhysioRxConfig;
import app.physiorx.exercise.ClinicLibraryQueries;
import app.physiorx.exercise.ExerciseApi.Prescribable;
import app.physiorx.exercise.ExerciseService;
import app.physiorx.libraryio.LibraryFile.Document;
import app.physiorx.libraryio.LibraryFile.ExerciseEntry;
import app.physiorx.libraryio.LibraryFile.Media;
import app.physiorx.template.TemplateService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import app.physiorx.exercise.media.MediaApi;
import app.physiorx.exercise.media.VideoCheck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Imports a library file (JSON, CSV or ZIP, told apart by content) into the caller's clinic. Everything is
 * checked first: the schema, the library's rules, the media in the ZIP. Names that clash with the clinic's are
 * resolved as the caller chose (rename or skip) or answered as clashes; then one transaction writes it all.
 */
@ApplicationScoped
public class LibraryImportService {
    private final ObjectMapper json;
    private final ClinicLibraryQueries library;
    private final ExerciseService exercises;
    private final TemplateService templates;
    private final LibraryImportWriter writer;
    private final AuditLog audit;
    private final PhysioRxConfig.Library limits;

    public LibraryImportService(ObjectMapper json, ClinicLibraryQueries library, ExerciseService exercises,
                                TemplateService templates, LibraryImportWriter writer, AuditLog audit, PhysioRxConfig config) {
        this.json = json;
        this.library = library;
        this.exercises = exercises;
        this.templates = templates;
        this.writer = writer;
        this.audit = audit;
        this.limits = config.library();
    }

    public enum Format { JSON, CSV, ZIP }

    /**
     * {@code onClash}: "rename" or "skip" for every clash without its own answer; {@code resolutions}: per clash,
     * "exercise:Name" or "template:Name" to "skip", "rename" or "rename:New name".
     */
    public record Options(boolean dryRun, String onClash, Map<String, String> resolutions) {
    }

    public record Clash(String kind, int row, String field, String name, String suggestedName) {
    }

    /** What happens (or would) to one exercise or template of the file: created, renamed to newName, or skipped. */
    public record Step(String kind, int row, String name, String action, String newName) {
    }

    public sealed interface Outcome permits Invalid, Clashes, Done {
    }

    public record Invalid(Format format, List<ImportError> errors) implements Outcome {
    }

    public record Clashes(Format format, List<Clash> clashes) implements Outcome {
    }

    public record Done(boolean dryRun, Format format, int exercisesCreated, int templatesCreated, int skipped,
                       int mediaStored, int mediaLeftOut, List<Step> steps) implements Outcome {
    }

    private record Read(Format format, JsonNode node, Map<String, Path> media, List<Integer> csvLines,
                        List<ImportError> errors) {
    }

    public Outcome importFile(Account caller, byte[] data, Options options) {
        return importFile(caller, data, options, name -> {
        });
    }

    Outcome importFile(Account caller, byte[] data, Options options, Consumer<String> afterEachExercise) {
        Path folder = folder();
        try {
            Path file = folder.resolve("upload");
            Files.write(file, data == null ? new byte[0] : data);
            return importFile(caller, file, folder, options, afterEachExercise);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    /** The file as uploaded (the API and the portal hand over the upload's temporary file). */
    public Outcome importFile(Account caller, Path file, Options options) {
        Path folder = folder();
        try {
            return importFile(caller, file, folder, options, name -> {
            });
        } finally {
            delete(folder);
        }
    }

    /**
     * {@code folder}: where a ZIP's media are unpacked (deleted after the import); {@code afterEachExercise}: called
     * inside the transaction after each exercise is written (tests fail there).
     */
    private Outcome importFile(Account caller, Path file, Path folder, Options options, Consumer<String> afterEachExercise) {
        Read read = read(file, folder);
        if (!read.errors().isEmpty()) {
            return invalid(read, read.errors());
        }
        for (String section : List.of("exercises", "templates")) {
            if (read.node().path(section).size() > limits.maxRows()) {
                return invalid(read, List.of(ImportError.at(section, "a file may hold at most " + limits.maxRows() + " " + section)));
            }
        }
        List<ImportError> schema = LibrarySchema.check(read.node());
        if (!schema.isEmpty()) {
            return invalid(read, schema);
        }
        Document doc;
        try {
            doc = json.treeToValue(read.node(), Document.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return invalid(read, List.of(ImportError.file("the file does not fit the library format")));
        }
        Map<String, Long> starterIds = library.starterIds(slugs(doc));
        Map<Long, Prescribable> found = exercises.prescribable(caller, starterIds.values());
        Map<String, Prescribable> starters = new HashMap<>();
        starterIds.forEach((slug, id) -> {
            if (found.containsKey(id)) {
                starters.put(slug, found.get(id));
            }
        });
        List<ImportError> errors = new ArrayList<>(ImportRules.check(doc, starters));
        if (read.format() == Format.ZIP) {
            errors.addAll(checkMedia(doc, read.media()));
        }
        if (!errors.isEmpty()) {
            return invalid(read, errors);
        }
        ImportClashes.Resolved resolved = new ImportClashes(library.ownNames(caller.clinicId()), ownTemplateNames(caller), options)
                .resolve(doc);
        if (!resolved.errors().isEmpty()) {
            return invalid(read, resolved.errors());
        }
        if (!resolved.clashes().isEmpty()) {
            return new Clashes(read.format(), resolved.clashes());
        }
        int leftOut = read.format() == Format.ZIP ? 0 : (int) mediaOf(doc).count();
        if (options.dryRun()) {
            return new Done(true, read.format(), resolved.exercises().size(), resolved.templates().size(), resolved.skipped(),
                    0, leftOut, resolved.steps());
        }
        LibraryImportWriter.Written written = writer.write(caller, new LibraryImportWriter.Plan(resolved.exercises(),
                resolved.existing(), resolved.templates(), starterIds, read.media()), afterEachExercise);
        audit.record(new AuditEntry(Instant.now(), caller.subject(), caller.displayName(), caller.role().claim,
                caller.clinicKey(), "library.import", "library", "exercises:" + written.exercises() + " templates:"
                + written.templates() + " skipped:" + resolved.skipped() + " media:" + written.media(), null,
                AuditEntry.Outcome.ALLOWED, read.format().name(), null, null));
        return new Done(false, read.format(), written.exercises(), written.templates(), resolved.skipped(), written.media(),
                leftOut, resolved.steps());
    }

    private Read read(Path file, Path folder) {
        try {
            long size = file == null || !Files.isRegularFile(file) ? 0 : Files.size(file);
            if (size == 0) {
                return new Read(Format.JSON, null, Map.of(), List.of(), List.of(ImportError.file("choose a file to import")));
            }
            Format format = detect(head(file));
            long max = format == Format.ZIP ? limits.maxZipBytes() : limits.maxFileBytes();
            if (size > max) {
                return new Read(format, null, Map.of(), List.of(), List.of(ImportError.file("the file may be at most "
                        + max / (1024 * 1024) + " MB")));
            }
            return switch (format) {
                case JSON -> readJson(format, Files.readAllBytes(file), Map.of());
                case CSV -> {
                    byte[] data = Files.readAllBytes(file);
                    LibraryCsv.Parsed csv = LibraryCsv.read(new InputStreamReader(new ByteArrayInputStream(data, bom(data),
                            data.length - bom(data)), StandardCharsets.UTF_8));
                    yield new Read(format, csv.document(), Map.of(), csv.lines(), csv.errors());
                }
                case ZIP -> {
                    LibraryZip.Unpacked zip = LibraryZip.read(file, new LibraryZip.Limits(limits.maxZipEntries(),
                            limits.maxUnpackedBytes(), limits.maxFileBytes(), VideoCheck.MAX_BYTES), folder);
                    yield zip.errors().isEmpty() ? readJson(format, zip.document(), zip.media())
                            : new Read(format, null, Map.of(), List.of(), zip.errors());
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Read readJson(Format format, byte[] data, Map<String, Path> media) {
        try {
            return new Read(format, json.readTree(data), media, List.of(), List.of());
        } catch (IOException e) {
            return new Read(format, null, Map.of(), List.of(), List.of(ImportError.file("the file is not valid JSON")));
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4096);
        }
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("physiorx-import");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is cleaned by the system; the import's answer stands
        }
    }

    /** ZIP by its magic bytes, JSON when the first character is "{", anything else is read as CSV. */
    static Format detect(byte[] data) {
        if (data.length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4) {
            return Format.ZIP;
        }
        for (int i = bom(data); i < data.length; i++) {
            if (!Character.isWhitespace(data[i])) {
                return data[i] == '{' ? Format.JSON : Format.CSV;
            }
        }
        return Format.CSV;
    }

    private static int bom(byte[] d) {
        return d.length >= 3 && (d[0] & 0xFF) == 0xEF && (d[1] & 0xFF) == 0xBB && (d[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    private static Invalid invalid(Read read, List<ImportError> errors) {
        return new Invalid(read.format(), read.format() == Format.CSV
                ? errors.stream().map(e -> LibraryCsv.onLine(e, read.csvLines())).toList() : errors);
    }

    /**
     * Each media file the file names is in the ZIP with its SHA-256, and is by content what it says: a PNG or JPEG
     * picture (or poster), an MP4 or WebM video; at most {@value MediaApi#MAX_PICTURES} pictures and one video each.
     */
    private static List<ImportError> checkMedia(Document doc, Map<String, Path> media) {
        List<ImportError> errors = new ArrayList<>();
        List<ExerciseEntry> list = ImportRules.list(doc.exercises());
        for (int i = 0; i < list.size(); i++) {
            List<Media> files = ImportRules.list(list.get(i).media());
            if (files.stream().filter(m -> kind(m).equals("picture")).count() > MediaApi.MAX_PICTURES
                    || files.stream().filter(m -> kind(m).equals("video")).count() > 1) {
                errors.add(ImportError.at("exercises[" + i + "].media", "an exercise has at most " + MediaApi.MAX_PICTURES
                        + " pictures and one video"));
            }
            for (int j = 0; j < files.size(); j++) {
                String at = "exercises[" + i + "].media[" + j + "]";
                Path file = media.get(files.get(j).file());
                if (file == null) {
                    errors.add(ImportError.at(at + ".file", "the ZIP has no " + files.get(j).file()));
                } else if (!LibraryExportService.sha256(file).equals(files.get(j).sha256())) {
                    errors.add(ImportError.at(at + ".sha256", "does not match the content of " + files.get(j).file()));
                } else {
                    checkContent(errors, at, files.get(j), file);
                }
            }
        }
        return errors;
    }

    private static void checkContent(List<ImportError> errors, String at, Media m, Path file) {
        try {
            String type;
            if (kind(m).equals("video")) {
                type = VideoCheck.detectType(file, "file");
            } else {
                if (Files.size(file) > MediaApi.MAX_PICTURE_BYTES) {
                    throw InvalidInputException.field("file", "the picture may be at most 5 MB");
                }
                byte[] data = Files.readAllBytes(file);
                type = ImageCheck.detectType(data, MediaApi.MAX_PICTURE_BYTES, "file");
                ImageCheck.decode(data, "file");
            }
            if (!type.equals(m.contentType())) {
                errors.add(ImportError.at(at + ".contentType", "the file is " + type));
            }
        } catch (InvalidInputException e) {
            errors.add(ImportError.at(at + ".file", e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "picture", "video" or "poster": as the file says, else from the content type. */
    static String kind(Media m) {
        return m.kind() != null ? m.kind() : m.contentType().startsWith("video/") ? "video" : "picture";
    }

    private static Stream<Media> mediaOf(Document doc) {
        return ImportRules.list(doc.exercises()).stream().flatMap(e -> ImportRules.list(e.media()).stream());
    }

    private static List<String> slugs(Document doc) {
        Stream<String> fromRelations = ImportRules.list(doc.exercises()).stream()
                .flatMap(e -> ImportRules.list(e.relations()).stream()).map(LibraryFile.Relation::starter);
        Stream<String> fromItems = ImportRules.list(doc.templates()).stream()
                .flatMap(t -> ImportRules.list(t.items()).stream()).map(LibraryFile.Item::starter);
        return Stream.concat(fromRelations, fromItems).filter(java.util.Objects::nonNull).distinct().toList();
    }

    private List<String> ownTemplateNames(Account caller) {
        return templates.list(caller).stream().filter(t -> !t.starter()).map(t -> t.name()).toList();
    }
}
