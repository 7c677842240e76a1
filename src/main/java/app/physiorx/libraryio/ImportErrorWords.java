package app.physiorx.libraryio;

import app.physiorx.web.LibraryFileWords;
import app.physiorx.web.LocalWords;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * The problems of an imported file on the export and import page in the page's language: English as the import
 * wrote them; in Spanish each of the import's own sentences said again ({@link LibraryFileWords}). A sentence with no
 * Spanish (the schema validator's own, a placeholder's) stays English and its cell says so ({@code lang="en"}).
 */
@TemplateExtension
public final class ImportErrorWords {
    private ImportErrorWords() {
    }

    /** {@code {e.messageShown}}: the problem in the page's language, or in English when it has no Spanish. */
    static String messageShown(ImportError e, @TemplateAttribute("locale") Object locale) {
        String spanish = spanish(locale) ? LibraryFileWords.inSpanish(e.message()) : null;
        return spanish == null ? e.message() : spanish;
    }

    /** {@code {e.messageLang}}: "en" for a problem left in English on a Spanish page, else null. */
    static String messageLang(ImportError e, @TemplateAttribute("locale") Object locale) {
        return spanish(locale) && LibraryFileWords.inSpanish(e.message()) == null ? "en" : null;
    }

    private static boolean spanish(Object locale) {
        return LocalWords.of(locale).getLanguage().equals("es");
    }
}
