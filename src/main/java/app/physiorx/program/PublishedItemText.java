package app.physiorx.program;

import app.physiorx.exercise.ExerciseText;
import app.physiorx.exercise.Position;
import app.physiorx.program.ProgramApi.PublishedItem;
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
        return ExerciseText.fill(item.steps(), item.toDosage());
    }

    public static List<String> tips(PublishedItem item) {
        return ExerciseText.fill(item.cues(), item.toDosage());
    }

    public static List<String> cautions(PublishedItem item) {
        return ExerciseText.fill(item.precautions(), item.toDosage());
    }

    /** The position said once ("Sitting tall, ..." rather than "Sitting: Sitting tall, ..."). */
    public static String positionLine(PublishedItem item) {
        return ExerciseText.fill(Position.tidy(item.positionText()), item.toDosage());
    }
}
