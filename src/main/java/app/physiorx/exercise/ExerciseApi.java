package app.physiorx.exercise;

import app.physiorx.common.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** The exercise library's API shapes. Entities never leave the service; these records do. */
public final class ExerciseApi {
    private ExerciseApi() {
    }

    public enum RelationKind {
        PROGRESSION_OF("Progression of", "Progression"),
        REGRESSION_OF("Regression of", "Easier version"),
        VARIANT_OF("Variant of", "Variant");

        /** Label on the exercise that is the progression/regression/variant. */
        public final String fromLabel;
        /** Label on the other exercise. */
        public final String toLabel;

        RelationKind(String fromLabel, String toLabel) {
            this.fromLabel = fromLabel;
            this.toLabel = toLabel;
        }
    }

    /** "This exercise is a {kind} of exercise {exerciseId}". */
    public record RelationInput(@NotNull Long exerciseId, @NotNull RelationKind kind) {
    }

    public record ExerciseInput(
            @NotBlank @Size(max = 120) @PlainText String name,
            @Size(max = 160) @PlainText String subtitle,
            ExerciseGroup group,
            @NotNull @Size(min = 1, max = 6) List<@NotNull BodyRegion> bodyRegions,
            @NotNull Position position,
            @Size(max = 300) @PlainText String positionDetail,
            @Size(max = 10) List<@NotBlank @Size(max = 40) String> equipment,
            @NotNull @Valid DefaultDosage dosage,
            @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 500) @PlainText String> steps,
            @Size(max = 20) List<@NotBlank @Size(max = 300) @PlainText String> cues,
            @Size(max = 20) List<@NotBlank @Size(max = 300) @PlainText String> precautions,
            @Size(max = 10) List<@NotBlank @Size(max = 300) @PlainText String> variations,
            @Size(max = 20) List<@NotBlank @Size(max = 40) @PlainText String> tags,
            @Size(max = 10) List<@NotNull @Valid RelationInput> relations,
            @Min(0) @Max(Integer.MAX_VALUE) Integer version,
            MovementType movement,
            @Min(value = 1, message = DIFFICULTY_RANGE) @Max(value = 3, message = DIFFICULTY_RANGE) Integer difficulty) {
        /** Without a movement type or difficulty. */
        public ExerciseInput(String name, String subtitle, ExerciseGroup group, List<BodyRegion> bodyRegions,
                             Position position, String positionDetail, List<String> equipment, DefaultDosage dosage,
                             List<String> steps, List<String> cues, List<String> precautions, List<String> variations,
                             List<String> tags, List<RelationInput> relations, Integer version) {
            this(name, subtitle, group, bodyRegions, position, positionDetail, equipment, dosage, steps, cues,
                    precautions, variations, tags, relations, version, null, null);
        }
    }

    static final String DIFFICULTY_RANGE = "give a difficulty from 1 (easiest) to 3 (hardest), or leave it empty";

    public record Relation(long exerciseId, String name, RelationKind kind, String label) {
    }

    /** {@code hidden}: a starter exercise the caller's clinic hid (listed only with hidden=show). */
    public record ExerciseSummary(long id, String slug, String name, String subtitle, ExerciseGroup group, String groupLabel,
                                  List<BodyRegion> bodyRegions, Position position, List<String> equipment,
                                  String dosage, List<String> tags, boolean starter, ExerciseStatus status,
                                  boolean hasImage, MovementType movement, Integer difficulty, boolean hidden) {
        /** What the card says under the name: the group of the first catalog, else the movement type and regions. */
        public String kind() {
            return groupLabel != null ? groupLabel : ExerciseApi.kind(movement, bodyRegions);
        }
    }

    static String kind(MovementType movement, List<BodyRegion> regions) {
        String where = String.join(", ", regions.stream().map(r -> r.label).toList());
        return movement == null ? where : where.isEmpty() ? movement.label : movement.label + " · " + where;
    }

    public record ExerciseDetail(long id, String slug, String name, String subtitle, ExerciseGroup group, String groupLabel,
                                 List<BodyRegion> bodyRegions, Position position, String positionLabel,
                                 String positionDetail, List<String> equipment, DefaultDosage dosage,
                                 String dosageSummary, List<String> steps, List<String> cues,
                                 List<String> precautions, List<String> variations, List<String> tags,
                                 List<Relation> relations, boolean starter, boolean editable, ExerciseStatus status,
                                 String imageUrl, Long copiedFromId, String createdBy, String updatedBy,
                                 OffsetDateTime updatedAt, int version, MovementType movement, Integer difficulty,
                                 boolean hidden) {
        /** The group of the first catalog, else the movement type and regions. */
        public String kind() {
            return groupLabel != null ? groupLabel : ExerciseApi.kind(movement, bodyRegions);
        }

        /** The steps as the library shows them: placeholders filled with the default ranges. */
        public List<String> instructions() {
            return ExerciseText.fill(steps, dosage);
        }

        public List<String> tips() {
            return ExerciseText.fill(cues, dosage);
        }

        public List<String> cautions() {
            return ExerciseText.fill(precautions, dosage);
        }

        public String note() {
            return dosage == null ? null : ExerciseText.fill(dosage.note(), dosage);
        }

        /** The position said once. */
        public String positionLine() {
            return ExerciseText.fill(Position.text(positionLabel, positionDetail), dosage);
        }
    }

    public record ExerciseChoice(long id, String name, boolean starter) {
    }

    /**
     * What prescribing an exercise needs: its default amounts (the low end of each range) and the
     * content a published program keeps as it was.
     */
    public record Prescribable(long id, String name, ExerciseStatus status, Integer setsMin, Integer repsMin,
                               RepsMode repsMode, Integer holdMinSeconds, Integer durationMinSeconds,
                               Integer timesPerDayMin, String positionLabel, String positionDetail,
                               List<String> equipment, List<String> steps, List<String> cues,
                               List<String> precautions, String subtitle) {
        /** Without a subtitle. */
        public Prescribable(long id, String name, ExerciseStatus status, Integer setsMin, Integer repsMin,
                            RepsMode repsMode, Integer holdMinSeconds, Integer durationMinSeconds,
                            Integer timesPerDayMin, String positionLabel, String positionDetail,
                            List<String> equipment, List<String> steps, List<String> cues,
                            List<String> precautions) {
            this(id, name, status, setsMin, repsMin, repsMode, holdMinSeconds, durationMinSeconds, timesPerDayMin,
                    positionLabel, positionDetail, equipment, steps, cues, precautions, null);
        }

        public boolean archived() {
            return status == ExerciseStatus.ARCHIVED;
        }

        /** "Lying on your back: knees bent", or the detail alone when it names the position ("Sitting tall, ..."). */
        public String positionText() {
            return Position.text(positionLabel, positionDetail);
        }
    }

    /** Search parameters as received; the service parses and checks them. */
    public record SearchQuery(String q, String group, String region, String position, String equipment,
                              String page, String size, String movement, String difficulty, String hidden) {
        public SearchQuery(String q, String group, String region, String position, String equipment, String page, String size) {
            this(q, group, region, position, equipment, page, size, null, null, null);
        }
    }

    /** One value of a facet: how many exercises of the visible library match it with the other filters. */
    public record FacetCount(String value, String label, long count, boolean selected) {
    }

    /** Counts per value of each facet, over the caller's visible library with the current search and filters. */
    public record Facets(List<FacetCount> region, List<FacetCount> movement, List<FacetCount> position,
                         List<FacetCount> equipment, List<FacetCount> difficulty) {
        public static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * A page of search results. {@code searchedFor}: the search text with misspelt words corrected, when any
     * were ("sholder" searched as "shoulder"); {@code didYouMean}: a search to try when nothing matched.
     */
    public record SearchResults(List<ExerciseSummary> items, int page, int size, long total, String searchedFor,
                                String didYouMean, Facets facets) {
        public SearchResults(List<ExerciseSummary> items, int page, int size, long total, String searchedFor, String didYouMean) {
            this(items, page, size, total, searchedFor, didYouMean, Facets.NONE);
        }

        public boolean hasNext() {
            return size > 0 && (long) (page + 1) * size < total;
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }
}
