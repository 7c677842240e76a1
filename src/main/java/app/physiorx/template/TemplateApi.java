package app.physiorx.template;

import app.physiorx.common.PlainText;
import app.physiorx.exercise.Dosage;
import app.physiorx.exercise.Side;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

public final class TemplateApi {
    private TemplateApi() {
    }

    /**
     * Dosage fields left empty take the exercise's default (the low end of its range). {@code daysPerWeek} and
     * {@code side} are optional like the shipped templates': empty means every day and the exercise's own way.
     */
    public record ItemInput(@NotNull Long exerciseId,
                            @Min(1) @Max(5) Integer stage,
                            @Min(1) @Max(20) Integer sets,
                            @Min(1) @Max(100) Integer reps,
                            @Min(0) @Max(300) Integer holdSeconds,
                            @Min(0) @Max(3600) Integer durationSeconds,
                            @Min(1) @Max(10) Integer timesPerDay,
                            @Size(max = 500) @PlainText String note,
                            @Min(1) @Max(7) Integer daysPerWeek,
                            Side side) {
        /** The sides a template item can name: one exercise for both sides, or one side only. */
        public static final Set<Side> SIDES = EnumSet.of(Side.BOTH, Side.LEFT, Side.RIGHT);
        public static final String SIDE_RULE = "choose both sides, the left or the right, or leave it empty to follow the exercise";

        /** Without days a week or side. */
        public ItemInput(Long exerciseId, Integer stage, Integer sets, Integer reps, Integer holdSeconds,
                         Integer durationSeconds, Integer timesPerDay, String note) {
            this(exerciseId, stage, sets, reps, holdSeconds, durationSeconds, timesPerDay, note, null, null);
        }

        /** True when the side is empty or one a template can keep. */
        public boolean sideFits() {
            return side == null || SIDES.contains(side);
        }

        /** The dosage as given (empty fields stay empty), with its days a week and side. */
        public Dosage toDosage() {
            return new Dosage(sets, reps, side, holdSeconds, durationSeconds, null, timesPerDay, daysPerWeek, List.of(),
                    null, null, note);
        }
    }

    public record TemplateInput(@NotBlank @Size(max = 120) @PlainText String name,
                                @Size(max = 2000) @PlainText String description,
                                @NotNull @Size(max = 100) List<@NotNull @Valid ItemInput> items,
                                @Min(0) Integer version) {
    }

    public record TemplateSummary(long id, String name, String description, boolean starter, long exerciseCount) {
    }

    public record TemplateItem(int position, long exerciseId, String exerciseName, boolean exerciseArchived, int stage,
                               Integer sets, Integer reps, Integer holdSeconds, Integer durationSeconds,
                               Integer timesPerDay, String note, String dosage, Integer daysPerWeek, Side side) {
        public TemplateItem(int position, long exerciseId, String exerciseName, boolean exerciseArchived, int stage,
                            Integer sets, Integer reps, Integer holdSeconds, Integer durationSeconds,
                            Integer timesPerDay, String note, String dosage) {
            this(position, exerciseId, exerciseName, exerciseArchived, stage, sets, reps, holdSeconds, durationSeconds,
                    timesPerDay, note, dosage, null, null);
        }

        /** The item's dosage as a value ({@link #dosage()} is its text), with its days a week and side. */
        public Dosage toDosage() {
            return new Dosage(sets, reps, side, holdSeconds, durationSeconds, null, timesPerDay, daysPerWeek, List.of(),
                    null, null, note);
        }
    }

    /** A named stage of a template: from which week, and what it aims at. */
    public record TemplateStage(int stage, String name, Integer fromWeek, String note) {
    }

    /** A template item's amounts, times a day and a note (no side, rest, days, load or tempo): what its summary says. */
    static Dosage dosage(Integer sets, Integer reps, Integer hold, Integer duration, Integer timesPerDay, String note) {
        return new Dosage(sets, reps, null, hold, duration, null, timesPerDay, null, List.of(), null, null, note);
    }

    /** A template's words in another language. */
    public record TemplateWords(String name, String description) {
    }

    public record TemplateView(long id, String name, String description, boolean starter, boolean editable,
                               List<TemplateItem> items, int version, String condition, List<TemplateStage> stages) {
        /** The stage's name, or null when the template names none. */
        public String stageName(int stage) {
            return stages.stream().filter(s -> s.stage() == stage).map(TemplateStage::name).findFirst().orElse(null);
        }
    }
}
