package app.physiorx.exercise;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of a dosage in one language, from {@code messages/dosage[_es].properties}. The formatters that use them
 * ({@link DosageText}, {@link ExerciseText}) run where no Qute engine is at hand (at publication, in the PDF, in plain
 * unit tests), so they read the properties through {@link ResourceBundle} rather than a Qute message bundle.
 */
public final class DosageWords {
    private static final Map<String, DosageWords> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    public static final DosageWords ENGLISH = of("en");

    private final Locale locale;
    private final ResourceBundle bundle;

    private DosageWords(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("messages.dosage", locale, DosageWords.class.getClassLoader(), NO_FALLBACK);
    }

    /** "es" gives Spanish; anything else English. */
    public static DosageWords of(String language) {
        String tag = "es".equals(language) ? "es" : "en";
        return BY_LANGUAGE.computeIfAbsent(tag, t -> new DosageWords(Locale.forLanguageTag(t)));
    }

    public Locale locale() {
        return locale;
    }

    /** The message {@code key} with its arguments. */
    public String say(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** "1 second", "17 seconds" / "17 segundos": {@code unit} is set, second, minute or repetition. */
    public String count(int n, String unit) {
        return say("count." + unit, n, Integer.toString(n));
    }
}
