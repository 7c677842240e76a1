package app.physiorx.exercise;

import app.physiorx.account.Account;
import app.physiorx.common.DomainException.InvalidField;
import app.physiorx.common.InvalidInputException;
import app.physiorx.common.NotAllowedException;
import app.physiorx.common.NotFoundException;
import app.physiorx.exercise.TranslationApi.ExerciseTranslation;
import app.physiorx.exercise.TranslationApi.TranslationInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Exercises in the patient's language. The starter catalog ships its Spanish (V27); a clinic writes the translation
 * of its own exercises. Starter translations are read-only, as the starter exercises are.
 */
@ApplicationScoped
public class ExerciseTranslationService {
    private final ExerciseService exercises;

    public ExerciseTranslationService(ExerciseService exercises) {
        this.exercises = exercises;
    }

    /** The translations into {@code language} of those of {@code ids} that have one: one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, ExerciseTranslation> of(Collection<Long> ids, String language) {
        if (ids.isEmpty() || !TranslationApi.LANGUAGES.contains(language)) {
            return Map.of();
        }
        return Translation.<Translation>find("exerciseId in ?1 and language = ?2", List.copyOf(ids), language).stream()
                .map(Translation::view)
                .collect(Collectors.toMap(ExerciseTranslation::exerciseId, Function.identity()));
    }

    /** The translation of an exercise the caller sees; 404 when the exercise has none in that language. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ExerciseTranslation get(Account caller, long exerciseId, String language) {
        Exercise e = exercises.visible(caller, exerciseId);
        checkLanguage(language);
        return find(e.id, language).map(Translation::view)
                .orElseThrow(() -> new NotFoundException("The translation"));
    }

    /** Writes (or replaces) the translation of one of the caller's clinic's exercises. */
    @Transactional
    public ExerciseTranslation put(Account caller, long exerciseId, String language, TranslationInput input) {
        Exercise e = ownExercise(caller, exerciseId);
        checkLanguage(language);
        check(input);
        Translation t = find(e.id, language).orElseGet(() -> {
            Translation created = new Translation();
            created.exerciseId = e.id;
            created.language = language;
            return created;
        });
        t.name = input.name().strip();
        t.subtitle = blankToNull(input.subtitle());
        t.positionDetail = blankToNull(input.positionDetail());
        t.dosageNote = blankToNull(input.dosageNote());
        t.steps = strip(input.steps());
        t.cues = strip(input.cues());
        t.precautions = strip(input.precautions());
        t.variations = strip(input.variations());
        t.updatedBy = caller.displayName();
        t.updatedAt = OffsetDateTime.now();
        t.persist();
        return t.view();
    }

    /** Removes the translation: the clinic's patients of that language read the original again, with a note. */
    @Transactional
    public void delete(Account caller, long exerciseId, String language) {
        Exercise e = ownExercise(caller, exerciseId);
        checkLanguage(language);
        Translation t = find(e.id, language).orElseThrow(() -> new NotFoundException("The translation"));
        t.delete();
    }

    private Exercise ownExercise(Account caller, long exerciseId) {
        Exercise e = exercises.visible(caller, exerciseId);
        if (e.isStarter()) {
            throw new NotAllowedException("Starter exercises come with their translations, which are read-only. "
                    + "Copy the exercise to write your clinic's own.");
        }
        return e;
    }

    private static java.util.Optional<Translation> find(long exerciseId, String language) {
        return Translation.<Translation>find("exerciseId = ?1 and language = ?2", exerciseId, language).firstResultOptional();
    }

    private static void checkLanguage(String language) {
        if (!TranslationApi.LANGUAGES.contains(language)) {
            throw InvalidInputException.field("language", "exercises can be translated into Spanish (es) only");
        }
    }

    /** The placeholders of the translation must be ones the original knows ({hold}, {reps|varias}, ...). */
    private static void check(TranslationInput input) {
        List<InvalidField> found = new ArrayList<>();
        ExerciseText.problem(input.positionDetail()).ifPresent(m -> found.add(new InvalidField("positionDetail", m)));
        ExerciseText.problem(input.dosageNote()).ifPresent(m -> found.add(new InvalidField("dosageNote", m)));
        ExerciseText.listProblems(found, "steps", input.steps());
        ExerciseText.listProblems(found, "cues", input.cues());
        ExerciseText.listProblems(found, "precautions", input.precautions());
        if (!found.isEmpty()) {
            throw InvalidInputException.fields(found);
        }
    }

    private static List<String> strip(List<String> texts) {
        return texts == null ? new ArrayList<>() : new ArrayList<>(texts.stream().map(String::strip).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
