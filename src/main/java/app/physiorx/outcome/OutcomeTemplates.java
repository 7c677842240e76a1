package app.physiorx.outcome;

import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** What the questionnaire pages need from an item: its form field names and the values a person may choose. */
@TemplateExtension
public final class OutcomeTemplates {
    private OutcomeTemplates() {
    }

    /** The form field of an item's answer; it is also the field an error names. */
    static String answerKey(Instrument.Item item) {
        return "answers." + item.linkId();
    }

    /** The form field of a named activity (the PSFS kind). */
    static String activityKey(Instrument.Item item) {
        return "activities." + item.linkId();
    }

    /** The choices: the answer options, or every whole number from min to max. */
    static List<Instrument.Option> choices(Instrument.Item item) {
        if (!item.options().isEmpty()) {
            return item.options();
        }
        return IntStream.rangeClosed(item.min(), item.max()).mapToObj(v -> new Instrument.Option(v, Integer.toString(v))).toList();
    }

    /** Whether the form (shown again) had this value chosen. */
    static boolean chosen(Map<String, String> values, Instrument.Item item, int value) {
        return Integer.toString(value).equals(values.get(answerKey(item)));
    }

    /** The measure's chart, or null before its first answer. */
    static MeasureChart chart(OutcomeApi.MeasureView measure) {
        return MeasureChart.of(measure);
    }

    /** A number as the text a form sends back, to compare with what was chosen. */
    static String str(long value) {
        return Long.toString(value);
    }

    static String given(Map<String, String> values, String key) {
        return values.getOrDefault(key, "");
    }
}
