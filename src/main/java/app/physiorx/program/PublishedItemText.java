package app.physiorx.program;

import app.physiorx.exercise.ExerciseText;
import app.physiorx.exercise.Position;
import app.physiorx.program.ProgramApi.PublishedItem;
import app.physiorx.exercise.media.MediaApi.MediaRef;
import io.quarkus.qute.TemplateExtension;
import java.util.List;

/**
 * What the patient reads of a published item, with the item's own dosage in the text: the steps say
 * "Hold for 17 seconds" when the therapist prescribed 17. Templates use these as {@code {i.instructions}};
 * the PDF calls them directly. Versions published before placeholders existed read as they were stored.
 */
@TemplateExtension
public final class PublishedItemText {
    private PublishedItemText() {
    }

    public static List<String> instructions(PublishedItem item) {
        return ExerciseText.fill(item.steps(), item.toDosage(), item.textLanguage());
    }

    public static List<String> tips(PublishedItem item) {
        return ExerciseText.fill(item.cues(), item.toDosage(), item.textLanguage());
    }

    public static List<String> cautions(PublishedItem item) {
        return ExerciseText.fill(item.precautions(), item.toDosage(), item.textLanguage());
    }

    /**
     * The item as the patient reads it, for the phone API: the same fields, with the text filled in (steps, cues,
     * precautions, position) so an app shows "Hold for 17 seconds", never a placeholder.
     */
    public static PublishedItem filled(PublishedItem i) {
        return new PublishedItem(i.position(), i.exerciseId(), i.exerciseName(), positionLine(i), i.equipment(), instructions(i),
                tips(i), cautions(i), i.sets(), i.reps(), i.side(), i.holdSeconds(), i.durationSeconds(), i.restSeconds(),
                i.timesPerDay(), i.daysPerWeek(), i.weekdays(), i.load(), i.tempo(), i.notes(), i.summary(), i.inWords(),
                i.subtitle(), i.stage(), i.shown(), i.media(), i.language());
    }

    /** The version as the patient reads it, for the phone API: every item {@link #filled(PublishedItem) filled}. */
    public static ProgramApi.VersionView filled(ProgramApi.VersionView v) {
        return new ProgramApi.VersionView(v.programId(), v.number(), v.title(), v.goal(), v.publishedBy(), v.publishedAt(),
                v.items().stream().map(PublishedItemText::filled).toList(), v.activeStage(), v.nextStage());
    }

    /** The position said once ("Sitting tall, ..." rather than "Sitting: Sitting tall, ..."). */
    public static String positionLine(PublishedItem item) {
        return ExerciseText.fill(Position.tidy(item.positionText()), item.toDosage(), item.textLanguage());
    }

    /**
     * Whether the page's reader gets this item in another language than theirs, because its exercise is not
     * translated: {@code {#if i.untranslated}} shows the note.
     */
    public static boolean untranslated(PublishedItem item, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        String reader = app.physiorx.web.LocalWords.of(locale).getLanguage();
        return !reader.equals(item.textLanguage());
    }

    /** The note beside an untranslated item, in the reader's language. */
    public static String untranslatedNote(PublishedItem item, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return app.physiorx.exercise.DosageWords.of(app.physiorx.web.LocalWords.of(locale).getLanguage()).say("untranslated");
    }

    /** The frozen pictures, in order (none for versions published before media were frozen). */
    public static List<MediaRef> pictures(PublishedItem item) {
        return item.media() == null ? List.of() : item.media().stream().filter(MediaRef::picture).toList();
    }

    /** The frozen video, or null. */
    public static MediaRef video(PublishedItem item) {
        return item.media() == null ? null : item.media().stream().filter(MediaRef::video).findFirst().orElse(null);
    }

    /** The item with the media its version freezes (the exercise's current pictures and video). */
    static PublishedItem withMedia(PublishedItem i, List<MediaRef> frozen) {
        return new PublishedItem(i.position(), i.exerciseId(), i.exerciseName(), i.positionText(), i.equipment(), i.steps(),
                i.cues(), i.precautions(), i.sets(), i.reps(), i.side(), i.holdSeconds(), i.durationSeconds(), i.restSeconds(),
                i.timesPerDay(), i.daysPerWeek(), i.weekdays(), i.load(), i.tempo(), i.notes(), i.summary(), i.inWords(),
                i.subtitle(), i.stage(), i.shown(), List.copyOf(frozen), i.language());
    }
}
