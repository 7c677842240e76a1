package app.physiorx.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The patient messages ({@link Msg}) in a language, for text that Java puts on a page or in an email. */
public final class Messages {
    private Messages() {
    }

    /** "es" gives Spanish; anything else English. */
    public static Msg in(String language) {
        return MessageBundles.get(Msg.class, Localized.Literal.of("es".equals(language) ? "es" : "en"));
    }
}
