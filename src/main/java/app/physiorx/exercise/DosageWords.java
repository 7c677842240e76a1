package app.physiorx.exercise;

import app.physiorx.common.Words;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of a dosage and of what surrounds it (units, days, sides, positions, equipment, the pictures' names) in
 * one language, from {@code messages/dosage[_es].properties}. The formatters that use them ({@link DosageText},
 * {@link ExerciseText}) run at publication, in the PDF and in plain unit tests, so they read a properties bundle
 * rather than a Qute message bundle.
 */
public final class DosageWords extends Words {
    private static final Map<String, DosageWords> BY_LANGUAGE = new ConcurrentHashMap<>();
    public static final DosageWords ENGLISH = of("en");

    private DosageWords(String language) {
        super("dosage", language);
    }

    /** "es" gives Spanish; anything else English. */
    public static DosageWords of(String language) {
        return BY_LANGUAGE.computeIfAbsent(tag(language), DosageWords::new);
    }

    /** "1 second", "17 seconds" / "17 segundos": {@code unit} is set, second, minute or repetition. */
    public String count(int n, String unit) {
        return say("count." + unit, n, Integer.toString(n));
    }
}
