package app.physiorx.outcome;

import app.physiorx.common.Words;
import app.physiorx.outcome.OutcomeApi.InstrumentView;
import app.physiorx.outcome.OutcomeApi.MeasureView;
import java.util.List;
import java.util.MissingResourceException;

/**
 * A measure's questionnaire in the patient's language, at render time: the built-in instruments carry a Spanish
 * wording ({@code messages/instruments_es.properties}); the stored Questionnaire and the scores stay as they are. A
 * clinic's own import is shown in the language it was written in ({@link #languageOf}).
 */
public final class OutcomeLanguage {
    private OutcomeLanguage() {
    }

    /** The language the measure's questions are shown in for a reader of {@code language}. */
    public static String languageOf(MeasureView m, String language) {
        return "es".equals(Words.tag(language)) && translated(m.instrument()) ? "es" : "en";
    }

    /** The measure with its questionnaire's words in {@code language} where the app has them, else unchanged. */
    public static MeasureView in(MeasureView m, String language) {
        if (!"es".equals(languageOf(m, language))) {
            return m;
        }
        return new MeasureView(m.id(), m.programId(), m.patientId(), in(m.instrument(), language), m.startsOn(), m.schedule(),
                m.nextDue(), m.overdue(), m.dueDates(), m.activities(), m.responses(), m.first(), m.latest(), m.change(),
                m.verdict(), m.verdictInWords());
    }

    /** A built-in instrument in {@code language} (its title, questions and answers); a clinic's own, and English, unchanged. */
    public static InstrumentView in(InstrumentView i, String language) {
        if (!"es".equals(Words.tag(language)) || !translated(i)) {
            return i;
        }
        Words words = Words.of("instruments", "es");
        String code = i.code();
        List<Instrument.Item> items = i.items().stream().map(item -> {
            String key = code + "." + item.linkId();
            List<Instrument.Option> options = item.options().stream()
                    .map(o -> new Instrument.Option(o.value(), word(words, key + ".option." + o.value(), o.label()))).toList();
            return new Instrument.Item(item.linkId(), word(words, key + ".text", item.text()), item.min(), item.max(), options,
                    item.required(), item.activity(), item.lowLabel() == null ? null : word(words, key + ".low", item.lowLabel()),
                    item.highLabel() == null ? null : word(words, key + ".high", item.highLabel()));
        }).toList();
        return new InstrumentView(i.id(), code, i.version(), words.raw(code + ".title"), i.credit(), i.builtIn(), items,
                i.scoring(), i.namedActivities());
    }

    private static boolean translated(InstrumentView i) {
        if (!i.builtIn()) {
            return false;
        }
        try {
            Words.of("instruments", "es").raw(i.code() + ".title");
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /** A built-in item's Spanish words; a missing key is a gap in the bundle that OutcomeLanguageTest finds. */
    private static String word(Words words, String key, String english) {
        try {
            return words.raw(key);
        } catch (MissingResourceException e) {
            return english;
        }
    }
}
