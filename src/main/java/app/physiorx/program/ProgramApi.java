package app.physiorx.program;

import app.physiorx.common.PlainText;
import com.fasterxml.jackson.annotation.JsonInclude;
import app.physiorx.exercise.Dosage;
import app.physiorx.exercise.DosageText;
import app.physiorx.exercise.ExerciseApi.Prescribable;
import app.physiorx.exercise.Side;
import com.fasterxml.jackson.annotation.JsonInclude;
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
            @Size(max = 1000) @PlainText String notes,
            @Min(1) @Max(5) Integer stage) {
        /** Without a stage: a new exercise starts at stage 1, one already in the draft keeps its stage. */
        public ItemInput(Long exerciseId, Integer sets, Integer reps, Side side, Integer holdSeconds, Integer durationSeconds,
                         Integer restSeconds, Integer timesPerDay, Integer daysPerWeek, List<DayOfWeek> weekdays,
                         String load, String tempo, String notes) {
            this(exerciseId, sets, reps, side, holdSeconds, durationSeconds, restSeconds, timesPerDay, daysPerWeek,
                    weekdays, load, tempo, notes, null);
        }

        public static ItemInput of(long exerciseId, Dosage d) {
            return of(exerciseId, d, null);
        }

        public static ItemInput of(long exerciseId, Dosage d, Integer stage) {
            return new ItemInput(exerciseId, d.sets(), d.reps(), d.side(), d.holdSeconds(), d.durationSeconds(),
                    d.restSeconds(), d.timesPerDay(), d.daysPerWeek(), d.weekdays(), d.load(), d.tempo(), d.notes(), stage);
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
            @Min(0) Integer version,
            @Min(1) @Max(5) Integer activeStage) {
        /** Without an active stage: the draft keeps the one it has. */
        public ProgramInput(String title, String goal, LocalDate startDate, LocalDate reviewDate, Integer painThreshold,
                            Integer painRise, List<Symptom> redFlags, Integer inactiveDays, List<ItemInput> items,
                            Integer version) {
            this(title, goal, startDate, reviewDate, painThreshold, painRise, redFlags, inactiveDays, items, version, null);
        }
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
            @Min(0) Integer version,
            @Min(1) @Max(5) Integer activeStage) {
        /** Without an active stage: the draft keeps the one it has. */
        public ProgramDetails(String title, String goal, LocalDate startDate, LocalDate reviewDate, Integer painThreshold,
                              Integer painRise, List<Symptom> redFlags, Integer inactiveDays, Integer version) {
            this(title, goal, startDate, reviewDate, painThreshold, painRise, redFlags, inactiveDays, version, null);
        }
    }

    /** A new program: from scratch, from a protocol template, or as a copy of another program of the clinic. */
    public record NewProgram(@Size(max = 120) @PlainText String title, Long templateId, Long copyFromProgramId) {
    }

    public record ItemView(long id, int position, long exerciseId, String exerciseName, boolean exerciseArchived,
                           Integer sets, Integer reps, Side side, Integer holdSeconds, Integer durationSeconds,
                           Integer restSeconds, int timesPerDay, int daysPerWeek, List<DayOfWeek> weekdays, String load,
                           String tempo, String notes, String summary, int stage) {
        /** A draft item; {@code d} is complete (times a day and days a week given). */
        static ItemView of(long id, int position, long exerciseId, String exerciseName, boolean exerciseArchived, Dosage d) {
            return of(id, position, exerciseId, exerciseName, exerciseArchived, d, 1);
        }

        static ItemView of(long id, int position, long exerciseId, String exerciseName, boolean exerciseArchived, Dosage d,
                           int stage) {
            return new ItemView(id, position, exerciseId, exerciseName, exerciseArchived, d.sets(), d.reps(), d.side(),
                    d.holdSeconds(), d.durationSeconds(), d.restSeconds(), d.timesPerDay(), d.daysPerWeek(), d.weekdays(),
                    d.load(), d.tempo(), d.notes(), DosageText.summary(d), stage);
        }

        public Dosage toDosage() {
            return new Dosage(sets, reps, side, holdSeconds, durationSeconds, restSeconds, timesPerDay, daysPerWeek,
                    weekdays, load, tempo, notes);
        }
    }

    public record ProgramView(long id, long patientId, String patientName, String title, String goal, LocalDate startDate,
                              LocalDate reviewDate, ProgramStatus status, int painThreshold, int painRise,
                              List<Symptom> redFlags, int inactiveDays, int publishedVersion, boolean draftChanged, List<ItemView> items,
                              String updatedBy, int version, int activeStage) {
        /** The highest stage among the items (1 without items). */
        public int lastStage() {
            return items.stream().mapToInt(ItemView::stage).max().orElse(1);
        }
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
                                @JsonInclude(JsonInclude.Include.NON_NULL) String subtitle,
                                @JsonInclude(JsonInclude.Include.NON_NULL) Integer stage,
                                @JsonInclude(JsonInclude.Include.NON_NULL) Boolean shown,
                                @JsonInclude(JsonInclude.Include.NON_NULL) List<app.physiorx.exercise.media.MediaApi.MediaRef> media,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String language) {
        /** The item's text's language: {@code language} is set only when read for a patient ({@link ProgramLanguage}). */
        public String textLanguage() {
            return language == null ? "en" : language;
        }

        /** As stored before subtitles and stages: no subtitle, stage 1, shown. */
        public PublishedItem(int position, long exerciseId, String exerciseName, String positionText, List<String> equipment,
                             List<String> steps, List<String> cues, List<String> precautions, Integer sets, Integer reps,
                             Side side, Integer holdSeconds, Integer durationSeconds, Integer restSeconds, int timesPerDay,
                             int daysPerWeek, List<DayOfWeek> weekdays, String load, String tempo, String notes,
                             String summary, String inWords) {
            this(position, exerciseId, exerciseName, positionText, equipment, steps, cues, precautions, sets, reps, side,
                    holdSeconds, durationSeconds, restSeconds, timesPerDay, daysPerWeek, weekdays, load, tempo, notes,
                    summary, inWords, null, null, null, null, null);
        }

        /** The item at {@code position} with the exercise's content as it is now; {@code d} is complete. */
        static PublishedItem of(int position, Prescribable e, Dosage d) {
            return of(position, e, d, null, null);
        }

        /** As {@link #of(int, Prescribable, Dosage)}, with its stage and whether the patient sees it. */
        static PublishedItem of(int position, Prescribable e, Dosage d, Integer stage, Boolean shown) {
            return new PublishedItem(position, e.id(), e.name(), e.positionText(), List.copyOf(e.equipment()),
                    List.copyOf(e.steps()), List.copyOf(e.cues()), List.copyOf(e.precautions()), d.sets(), d.reps(),
                    d.side(), d.holdSeconds(), d.durationSeconds(), d.restSeconds(), d.timesPerDay(), d.daysPerWeek(),
                    d.weekdays(), d.load(), d.tempo(), d.notes(), DosageText.summary(d), DosageText.inWords(d), e.subtitle(),
                    stage, shown, null, null);
        }

        /** The item's stage; items stored before stages count as stage 1. */
        public int stageNumber() {
            return stage == null ? 1 : stage;
        }

        /** Whether the patient sees the item in its version; items stored before stages are all shown. */
        public boolean forPatient() {
            return shown == null || shown;
        }

        /** The dosage as published (stored versions keep these fields flat in their JSON). */
        public Dosage toDosage() {
            return new Dosage(sets, reps, side, holdSeconds, durationSeconds, restSeconds, timesPerDay, daysPerWeek,
                    weekdays, load, tempo, notes);
        }
    }

    /**
     * A published version as a patient's whole record lists it: the version, its program's status, the program's
     * newest version number (so the version knows whether it is the one in force) and the program's start day.
     */
    public record RecordVersion(VersionView version, ProgramStatus programStatus, int newestVersion, LocalDate startDate) {
        public boolean current() {
            return version.number() == newestVersion;
        }
    }

    public record VersionSummary(int number, String title, String publishedBy, OffsetDateTime publishedAt, int itemCount) {
    }

    /**
     * A published version. {@code items} are all of them with their stages (the therapist's view); the patient's
     * paths read {@link #forPatient()}. {@code nextStage} says what the next stage brings, or is null.
     */
    public record VersionView(long programId, int number, String title, String goal, String publishedBy,
                              OffsetDateTime publishedAt, List<PublishedItem> items, int activeStage, String nextStage) {
        /** As stored before stages: stage 1, everything shown. */
        public VersionView(long programId, int number, String title, String goal, String publishedBy,
                           OffsetDateTime publishedAt, List<PublishedItem> items) {
            this(programId, number, title, goal, publishedBy, publishedAt, items, 1, null);
        }

        /** The version as the patient reads it: only the active stage's exercises (computed at publication). */
        public VersionView forPatient() {
            List<PublishedItem> shown = items.stream().filter(PublishedItem::forPatient).toList();
            return shown.size() == items.size() ? this
                    : new VersionView(programId, number, title, goal, publishedBy, publishedAt, shown, activeStage, nextStage);
        }
    }

    /** An alert setting changed: takes effect at once, never a change of the draft. */
    public record MonitoringChange(String field, String from, String to, String changedBy, OffsetDateTime changedAt) {
        /** "2026-03-02 14:05 UTC" for the versions page. */
        public String when() {
            return changedAt.atZoneSameInstant(java.time.ZoneOffset.UTC)
                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " UTC";
        }
    }

    /** The program's history: versions (newest first, each with its changes) and alert-setting changes (newest first). */
    public record ProgramHistory(List<VersionHistory> versions, List<MonitoringChange> monitoring) {
    }

    /** PROGRAM: a field of the program itself (title, goal, active stage); its exerciseName is the field's label. */
    public enum ChangeKind { ADDED, REMOVED, CHANGED, PROGRAM }

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
