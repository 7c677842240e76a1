package app.physiorx.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Words in one language from a properties bundle under {@code messages/} (java.text.MessageFormat), for text drawn
 * where no Qute engine is at hand: the PDF, the dosage formatter, plain unit tests. "es" is Spanish, anything else
 * English; a key missing from the Spanish file is an error in the tests, never English at run time by accident.
 */
public class Words {
    private static final Map<String, Words> LOADED = new ConcurrentHashMap<>();
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    protected Words(String name, String language) {
        this.locale = Locale.forLanguageTag(tag(language));
        this.bundle = ResourceBundle.getBundle("messages." + name, locale, Words.class.getClassLoader(), NO_FALLBACK);
    }

    /** The bundle {@code messages/<name>[_es].properties} in {@code language}. */
    public static Words of(String name, String language) {
        return LOADED.computeIfAbsent(name + "|" + tag(language), k -> new Words(name, language));
    }

    /** The languages the bundles are written in: Spanish, else English. */
    public static String tag(String language) {
        return "es".equals(language) ? "es" : "en";
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    /** The message {@code key} as written, not formatted (a date pattern, say). */
    public String raw(String key) {
        return bundle.getString(key);
    }

    /** The message {@code key} without arguments, for templates: {@code {words.t('safety')}}. */
    public String t(String key) {
        return say(key);
    }

    /** The message {@code key} with its arguments. */
    public String say(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
