package app.physiorx.program;

import app.physiorx.common.PlainText;
import com.fasterxml.jackson.annotation.JsonInclude;
import app.physiorx.exercise.Dosage;
import app.physiorx.exercise.DosageText;
import app.physiorx.exercise.ExerciseApi.Prescribable;
import app.physiorx.exercise.Side;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

public final class ProgramApi {
    private ProgramApi() {
    }

    /** One exercise with its dosage; empty dosage fields take the exercise's default (the low end of its range). */
    public record ItemInput(
            @NotNull Long exerciseId,
            @Min(1) @Max(20) Integer sets,
            @Min(1) @Max(100) Integer reps,
            Side side,
            @Min(0) @Max(300) Integer holdSeconds,
            @Min(0) @Max(3600) Integer durationSeconds,
            @Min(0) @Max(600) Integer restSeconds,
            @Min(1) @Max(10) Integer timesPerDay,
            @Min(1) @Max(7) Integer daysPerWeek,
            @Size(max = 7) List<@NotNull DayOfWeek> weekdays,
            @Size(max = 60) @PlainText String load,
            @Size(max = 40) @PlainText String tempo,
            @Size(max = 1000) @PlainText String notes) {
        public static ItemInput of(long exerciseId, Dosage d) {
            return new ItemInput(exerciseId, d.sets(), d.reps(), d.side(), d.holdSeconds(), d.durationSeconds(),
                    d.restSeconds(), d.timesPerDay(), d.daysPerWeek(), d.weekdays(), d.load(), d.tempo(), d.notes());
        }

        /** The dosage as given (empty fields stay empty until the exercise's defaults fill them). */
        public Dosage toDosage() {
            return new Dosage(sets, reps, side, holdSeconds, durationSeconds, restSeconds, timesPerDay, daysPerWeek,
                    weekdays, load, tempo, notes);
        }
    }

    public record ProgramInput(
            @NotBlank @Size(max = 120) @PlainText String title,
            @Size(max = 2000) @PlainText String goal,
            LocalDate startDate,
            LocalDate reviewDate,
            @Min(1) @Max(10) Integer painThreshold,
            @Min(1) @Max(10) Integer painRise,
            @Size(max = 8) List<@NotNull Symptom> redFlags,
            @Min(1) @Max(60) Integer inactiveDays,
            @NotNull @Size(max = 100) List<@NotNull @Valid ItemInput> items,
            @Min(0) Integer version) {
    }

    /** The program's own fields, without its items. */
    public record ProgramDetails(
            @NotBlank @Size(max = 120) @PlainText String title,
            @Size(max = 2000) @PlainText String goal,
            LocalDate startDate,
            LocalDate reviewDate,
            @Min(1) @Max(10) Integer painThreshold,
            @Min(1) @Max(10) Integer painRise,
            @Size(max = 8) List<@NotNull Symptom> redFlags,
            @Min(1) @Max(60) Integer inactiveDays,
            @Min(0) Integer version) {
    }

    /** A new program: from scratch, from a protocol template, or as a copy of another program of the clinic. */
    public record NewProgram(@Size(max = 120) @PlainText String title, Long templateId, Long copyFromProgramId) {
    }

    public record ItemView(long id, int position, long exerciseId, String exerciseName, boolean exerciseArchived,
                           Integer sets, Integer reps, Side side, Integer holdSeconds, Integer durationSeconds,
                           Integer restSeconds, int timesPerDay, int daysPerWeek, List<DayOfWeek> weekdays, String load,
                           String tempo, String notes, String summary) {
        /** A draft item; {@code d} is complete (times a day and days a week given). */
        static ItemView of(long id, int position, long exerciseId, String exerciseName, boolean exerciseArchived, Dosage d) {
            return new ItemView(id, position, exerciseId, exerciseName, exerciseArchived, d.sets(), d.reps(), d.side(),
                    d.holdSeconds(), d.durationSeconds(), d.restSeconds(), d.timesPerDay(), d.daysPerWeek(), d.weekdays(),
                    d.load(), d.tempo(), d.notes(), DosageText.summary(d));
        }

        public Dosage toDosage() {
            return new Dosage(sets, reps, side, holdSeconds, durationSeconds, restSeconds, timesPerDay, daysPerWeek,
                    weekdays, load, tempo, notes);
        }
    }

    public record ProgramView(long id, long patientId, String patientName, String title, String goal, LocalDate startDate,
                              LocalDate reviewDate, ProgramStatus status, int painThreshold, int painRise,
                              List<Symptom> redFlags, int inactiveDays, int publishedVersion, boolean draftChanged, List<ItemView> items,
                              String updatedBy, int version) {
    }

    /** A program another one can start from: "Paul Jensen: Upper back pain". */
    public record ProgramChoice(long id, String label) {
    }

    public record ProgramSummary(long id, String title, ProgramStatus status, int publishedVersion, boolean draftChanged,
                                 int itemCount, OffsetDateTime updatedAt) {
    }

    /** An item as published: the dosage and the exercise's content as they were at publication. */
    public record PublishedItem(int position, long exerciseId, String exerciseName, String positionText,
                                List<String> equipment, List<String> steps, List<String> cues, List<String> precautions,
                                Integer sets, Integer reps, Side side, Integer holdSeconds, Integer durationSeconds,
                                Integer restSeconds, int timesPerDay, int daysPerWeek, List<DayOfWeek> weekdays,
                                String load, String tempo, String notes, String summary, String inWords,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String subtitle) {
        /** An item without a subtitle (versions published before exercises had one read the same way). */
        public PublishedItem(int position, long exerciseId, String exerciseName, String positionText,
                             List<String> equipment, List<String> steps, List<String> cues, List<String> precautions,
                             Integer sets, Integer reps, Side side, Integer holdSeconds, Integer durationSeconds,
                             Integer restSeconds, int timesPerDay, int daysPerWeek, List<DayOfWeek> weekdays,
                             String load, String tempo, String notes, String summary, String inWords) {
            this(position, exerciseId, exerciseName, positionText, equipment, steps, cues, precautions, sets, reps, side,
                    holdSeconds, durationSeconds, restSeconds, timesPerDay, daysPerWeek, weekdays, load, tempo, notes,
                    summary, inWords, null);
        }

        /** The item at {@code position} with the exercise's content as it is now; {@code d} is complete. */
        static PublishedItem of(int position, Prescribable e, Dosage d) {
            return new PublishedItem(position, e.id(), e.name(), e.positionText(), List.copyOf(e.equipment()),
                    List.copyOf(e.steps()), List.copyOf(e.cues()), List.copyOf(e.precautions()), d.sets(), d.reps(),
                    d.side(), d.holdSeconds(), d.durationSeconds(), d.restSeconds(), d.timesPerDay(), d.daysPerWeek(),
                    d.weekdays(), d.load(), d.tempo(), d.notes(), DosageText.summary(d), DosageText.inWords(d), e.subtitle());
        }

        /** The dosage as published (stored versions keep these fields flat in their JSON). */
        public Dosage toDosage() {
            return new Dosage(sets, reps, side, holdSeconds, durationSeconds, restSeconds, timesPerDay, daysPerWeek,
                    weekdays, load, tempo, notes);
        }
    }

    public record VersionSummary(int number, String title, String publishedBy, OffsetDateTime publishedAt, int itemCount) {
    }

    public record VersionView(long programId, int number, String title, String goal, String publishedBy,
                              OffsetDateTime publishedAt, List<PublishedItem> items) {
    }

    public enum ChangeKind { ADDED, REMOVED, CHANGED }

    public record FieldChange(String field, String from, String to) {
    }

    public record Change(ChangeKind kind, long exerciseId, String exerciseName, List<FieldChange> fields) {
    }

    /** A version with what changed since the one before it (nothing for version 1). */
    public record VersionHistory(VersionSummary version, List<Change> changes) {
    }

    public record PublishResult(VersionView version, List<Change> changes) {
    }
}
