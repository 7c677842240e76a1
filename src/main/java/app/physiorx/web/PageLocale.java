package app.physiorx.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The language of the signed-in user's pages (implemented by portal.PageLanguage, once per request), for the pages
 * of features below the portal that write a sentence in Java: {@code pageLocale.portal().alert_noteTooLong()}.
 */
public interface PageLocale {
    /** "en" or "es". */
    String get();

    /** The portal's messages in the page's language. */
    default PortalMsg portal() {
        return MessageBundles.get(PortalMsg.class, Localized.Literal.of("es".equals(get()) ? "es" : "en"));
    }

    /** A service's sentence (a conflict's, say) in the page's language when its Spanish is known, else as it is. */
    default String sentence(String english) {
        return "es".equals(get()) ? app.physiorx.error.SpanishPlainWords.sentence(english) : english;
    }
}
