package app.physiorx.exercise;

import app.physiorx.common.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** An exercise's text in another language than the one it was written in: what a patient of that language reads. */
public final class TranslationApi {
    /** The languages an exercise can be translated into (its original is English). */
    public static final Set<String> LANGUAGES = Set.of("es");

    private TranslationApi() {
    }

    /**
     * A translation as written: the same words as the exercise, in the other language. Steps, cues and precautions
     * take the same placeholders as the original ({hold|un momento}), filled in with the patient's dosage.
     */
    public record TranslationInput(
            @NotBlank @Size(max = 120) @PlainText String name,
            @Size(max = 300) @PlainText String subtitle,
            @Size(max = 300) @PlainText String positionDetail,
            @Size(max = 300) @PlainText String dosageNote,
            @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 500) @PlainText String> steps,
            @Size(max = 20) List<@NotBlank @Size(max = 300) @PlainText String> cues,
            @Size(max = 20) List<@NotBlank @Size(max = 300) @PlainText String> precautions,
            @Size(max = 10) List<@NotBlank @Size(max = 300) @PlainText String> variations) {
    }

    public record ExerciseTranslation(long exerciseId, String language, String name, String subtitle,
                                      String positionDetail, String dosageNote, List<String> steps, List<String> cues,
                                      List<String> precautions, List<String> variations, String updatedBy,
                                      OffsetDateTime updatedAt) {
    }
}
