package app.physiorx.program;

import app.physiorx.exercise.DosageText;
import app.physiorx.exercise.DosageWords;
import app.physiorx.exercise.Equipment;
import app.physiorx.exercise.ExerciseTranslationService;
import app.physiorx.exercise.Position;
import app.physiorx.exercise.TranslationApi;
import app.physiorx.exercise.TranslationApi.ExerciseTranslation;
import app.physiorx.program.ProgramApi.PublishedItem;
import app.physiorx.program.ProgramApi.VersionView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * A published version as a patient of another language reads it. The version keeps its English snapshot; at reading
 * time each item takes its exercise's current translation (name, position, steps, cues, precautions), the dosage said
 * in the patient's words from the version's own numbers, and the equipment in their words. An exercise without a
 * translation keeps its English text, marked {@code language = "en"} so the page says so beside it.
 */
@ApplicationScoped
public class ProgramLanguage {
    private final ExerciseTranslationService translations;
    private final app.physiorx.exercise.ExerciseService exercises;

    public ProgramLanguage(ExerciseTranslationService translations, app.physiorx.exercise.ExerciseService exercises) {
        this.translations = translations;
        this.exercises = exercises;
    }

    /**
     * The version in {@code language}; English (or any language without translations) returns it as published. Pass
     * the whole version (all stages): the line about the next stage is said again in the language from its items,
     * with the progressions between the exercises as they are now.
     */
    public VersionView in(VersionView version, String language) {
        if (version == null || !TranslationApi.LANGUAGES.contains(language)) {
            return version;
        }
        Map<Long, ExerciseTranslation> found = translations.of(
                version.items().stream().map(PublishedItem::exerciseId).distinct().toList(), language);
        List<PublishedItem> items = version.items().stream().map(i -> in(i, found.get(i.exerciseId()), language)).toList();
        String nextStage = version.nextStage() == null ? null : StagePlan.nextStage(
                items.stream().map(i -> new StagePlan.Entry(i.exerciseId(), i.exerciseName(), i.stageNumber())).toList(),
                version.activeStage(), exercises.progressionsAmong(items.stream().map(PublishedItem::exerciseId).distinct().toList()),
                DosageWords.of(language));
        return new VersionView(version.programId(), version.number(), version.title(), version.goal(), version.publishedBy(),
                version.publishedAt(), items, version.activeStage(), nextStage);
    }

    /** One item in {@code language} with its translation, or (translation null) its original text marked as such. */
    public static PublishedItem in(PublishedItem i, ExerciseTranslation t, String language) {
        DosageWords words = DosageWords.of(language);
        String inWords = DosageText.inWords(i.toDosage(), language);
        if (t == null) {
            return new PublishedItem(i.position(), i.exerciseId(), i.exerciseName(), i.positionText(), i.equipment(),
                    i.steps(), i.cues(), i.precautions(), i.sets(), i.reps(), i.side(), i.holdSeconds(), i.durationSeconds(),
                    i.restSeconds(), i.timesPerDay(), i.daysPerWeek(), i.weekdays(), i.load(), i.tempo(), i.notes(),
                    i.summary(), inWords, i.subtitle(), i.stage(), i.shown(), i.media(), "en");
        }
        String position = t.positionDetail() != null ? t.positionDetail()
                : Position.ofText(i.positionText()).map(p -> words.say("position." + p.name())).orElse(null);
        List<String> equipment = i.equipment().stream()
                .map(label -> Equipment.parse(label).map(e -> words.say("equipment." + e.name())).orElse(label)).toList();
        return new PublishedItem(i.position(), i.exerciseId(), t.name(), position, equipment, t.steps(), t.cues(),
                t.precautions(), i.sets(), i.reps(), i.side(), i.holdSeconds(), i.durationSeconds(), i.restSeconds(),
                i.timesPerDay(), i.daysPerWeek(), i.weekdays(), i.load(), i.tempo(), i.notes(), i.summary(), inWords,
                t.subtitle(), i.stage(), i.shown(), i.media(), language);
    }
}
