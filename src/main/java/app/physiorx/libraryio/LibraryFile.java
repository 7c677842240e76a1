package app.physiorx.libraryio;

import app.physiorx.exercise.BodyRegion;
import app.physiorx.exercise.DefaultDosage;
import app.physiorx.exercise.ExerciseApi.RelationKind;
import app.physiorx.exercise.ExerciseGroup;
import app.physiorx.exercise.ExerciseStatus;
import app.physiorx.exercise.MovementType;
import app.physiorx.exercise.Position;
import app.physiorx.exercise.Side;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The library file, version 1 (its JSON Schema: {@code /schema/physiorx-library-1.schema.json}). A clinic
 * exercise has a {@code key} unique in the file; relations and template items name an exercise of the file
 * by that key, or a starter exercise by its slug, never by a database id.
 */
public final class LibraryFile {
    public static final String FORMAT = "physiorx-library";
    public static final int VERSION = 1;
    public static final String SCHEMA_PATH = "/schema/physiorx-library-1.schema.json";

    private LibraryFile() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(String format, int version, OffsetDateTime exportedAt, String clinic,
                           List<ExerciseEntry> exercises, List<TemplateEntry> templates) {
    }

    /** Either {@code exercise} (a key of this file) or {@code starter} (a starter slug). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ref(String exercise, String starter) {
        public String label() {
            return exercise != null ? exercise : "starter " + starter;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Relation(RelationKind kind, String exercise, String starter) {
        public Ref ref() {
            return new Ref(exercise, starter);
        }
    }

    /** A picture (or, later, a video) of the exercise: a file of the ZIP's media folder, with its SHA-256. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Media(String file, String sha256, String contentType, String caption, String kind) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExerciseEntry(String key, String name, String subtitle, ExerciseGroup group, List<BodyRegion> bodyRegions,
                                MovementType movement, Integer difficulty, Position position, String positionDetail,
                                List<String> equipment, DefaultDosage dosage, List<String> steps, List<String> cues,
                                List<String> precautions, List<String> variations, List<String> tags,
                                ExerciseStatus status, List<Relation> relations, List<Media> media) {
        public ExerciseEntry renamed(String newName) {
            return new ExerciseEntry(key, newName, subtitle, group, bodyRegions, movement, difficulty, position,
                    positionDetail, equipment, dosage, steps, cues, precautions, variations, tags, status, relations, media);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stage(int stage, String name, Integer fromWeek, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String exercise, String starter, Integer stage, Integer sets, Integer reps, Integer holdSeconds,
                       Integer durationSeconds, Integer timesPerDay, Integer daysPerWeek, Side side, String note) {
        public Ref ref() {
            return new Ref(exercise, starter);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TemplateEntry(String name, String description, String condition, List<Stage> stages, List<Item> items) {
        public TemplateEntry renamed(String newName) {
            return new TemplateEntry(newName, description, condition, stages, items);
        }
    }
}
