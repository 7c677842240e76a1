package app.physiorx.libraryio;

import app.physiorx.account.Account;
import app.physiorx.exercise.ClinicLibraryQueries;
import app.physiorx.exercise.ClinicLibraryQueries.Key;
import app.physiorx.exercise.ExerciseApi.ExerciseDetail;
import app.physiorx.exercise.ExerciseApi.Relation;
import app.physiorx.exercise.ExerciseService;
import app.physiorx.exercise.media.ExerciseMediaService;
import app.physiorx.exercise.media.MediaApi.MediaView;
import app.physiorx.exercise.media.MediaStore;
import app.physiorx.libraryio.LibraryFile.Document;
import app.physiorx.libraryio.LibraryFile.ExerciseEntry;
import app.physiorx.libraryio.LibraryFile.Item;
import app.physiorx.libraryio.LibraryFile.Media;
import app.physiorx.libraryio.LibraryFile.Stage;
import app.physiorx.libraryio.LibraryFile.TemplateEntry;
import app.physiorx.template.TemplateApi.TemplateItem;
import app.physiorx.template.TemplateApi.TemplateView;
import app.physiorx.template.TemplateService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A clinic's own exercises and templates as a library file: never another clinic's, starter exercises only by
 * slug. The pictures travel as files of the ZIP's media folder, named in the JSON with their SHA-256.
 */
@ApplicationScoped
public class LibraryExportService {
    private final ExerciseService exercises;
    private final ExerciseMediaService mediaService;
    private final MediaStore store;
    private final TemplateService templates;
    private final ClinicLibraryQueries library;

    public LibraryExportService(ExerciseService exercises, ExerciseMediaService mediaService, MediaStore store,
                                TemplateService templates, ClinicLibraryQueries library) {
        this.exercises = exercises;
        this.mediaService = mediaService;
        this.store = store;
        this.templates = templates;
        this.library = library;
    }

    /** The document and the media files it names (path in the ZIP to the stored file). */
    public record Export(Document document, Map<String, Path> media) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Export export(Account caller) {
        Map<Long, Key> keys = library.keys(caller.clinicId());
        Map<String, Path> media = new LinkedHashMap<>();
        List<ExerciseEntry> entries = new ArrayList<>();
        for (long id : library.ownIds(caller.clinicId())) {
            entries.add(entry(caller, exercises.get(caller, id), keys, media));
        }
        List<TemplateEntry> list = new ArrayList<>();
        for (long id : templates.ownIds(caller)) {
            list.add(template(templates.get(caller, id), keys));
        }
        Document doc = new Document(LibraryFile.FORMAT, LibraryFile.VERSION,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), caller.clinicName(), entries, list);
        return new Export(doc, media);
    }

    private ExerciseEntry entry(Account caller, ExerciseDetail d, Map<Long, Key> keys, Map<String, Path> media) {
        List<LibraryFile.Relation> relations = new ArrayList<>();
        for (Relation r : d.relations()) {
            Key target = keys.get(r.exerciseId());
            if (target != null && r.label().equals(r.kind().fromLabel)) { // this exercise's own links; the other side shows them back
                relations.add(target.starter() ? new LibraryFile.Relation(r.kind(), null, target.slug())
                        : new LibraryFile.Relation(r.kind(), target.slug(), null));
            }
        }
        List<Media> files = new ArrayList<>();
        for (MediaView v : mediaService.list(caller, d.id())) {
            files.add(media(v, v.picture() ? "picture" : "video", media));
            if (!v.picture() && v.posterMediaId() != null) {
                files.add(media(mediaService.get(caller, d.id(), v.posterMediaId()), "poster", media));
            }
        }
        return new ExerciseEntry(d.slug(), d.name(), d.subtitle(), d.group(), d.bodyRegions(), d.movement(), d.difficulty(),
                d.position(), d.positionDetail(), d.equipment(), d.dosage(), d.steps(), d.cues(), d.precautions(),
                d.variations(), d.tags(), d.status(), relations, files);
    }

    /** The file is named by its SHA-256, so a picture two exercises share travels once. */
    private Media media(MediaView v, String kind, Map<String, Path> media) {
        String file = "media/" + v.sha256() + extension(v.contentType());
        media.put(file, store.open(v.sha256()));
        return new Media(file, v.sha256(), v.contentType(), v.caption(), kind);
    }

    static String extension(String contentType) {
        return switch (contentType) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "video/mp4" -> ".mp4";
            case "video/webm" -> ".webm";
            default -> ".bin";
        };
    }

    private static TemplateEntry template(TemplateView v, Map<Long, Key> keys) {
        List<Item> items = new ArrayList<>();
        for (TemplateItem i : v.items()) {
            Key k = keys.get(i.exerciseId());
            if (k != null) {
                items.add(new Item(k.starter() ? null : k.slug(), k.starter() ? k.slug() : null, i.stage(), i.sets(), i.reps(),
                        i.holdSeconds(), i.durationSeconds(), i.timesPerDay(), i.daysPerWeek(), i.side(), i.note()));
            }
        }
        List<Stage> stages = v.stages().stream().map(s -> new Stage(s.stage(), s.name(), s.fromWeek(), s.note())).toList();
        return new TemplateEntry(v.name(), v.description(), v.condition(), stages, items);
    }

    static String sha256(Path file) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
