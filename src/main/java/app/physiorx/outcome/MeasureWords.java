package app.physiorx.outcome;

import app.physiorx.outcome.OutcomeApi.MeasureView;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/** A measure's words on a patient's page, in the page's language: {@code {m.progressInWords}}, {@code {m.untranslated}}. */
@TemplateExtension
public final class MeasureWords {
    private MeasureWords() {
    }

    private static String language(Object locale) {
        return app.physiorx.web.LocalWords.of(locale).getLanguage();
    }

    /** The patient's progress on this measure, said in the page's language. */
    public static String progressInWords(MeasureView m, @TemplateAttribute("locale") Object locale) {
        return OutcomeWords.progress(m, language(locale));
    }

    /** Whether the questions stay in English on a Spanish page (a clinic's own questionnaire without a translation). */
    public static boolean untranslated(MeasureView m, @TemplateAttribute("locale") Object locale) {
        String reader = language(locale);
        return "es".equals(reader) && !reader.equals(OutcomeLanguage.languageOf(m, reader));
    }
}
