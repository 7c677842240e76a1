package app.physiorx.exercise;

import app.physiorx.common.DomainException.InvalidField;
import app.physiorx.exercise.ExerciseApi.ExerciseInput;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exercise text that follows the prescription. A step, cue or note may name a dosage field in
 * braces, {@code {hold}}, and give the words to use when that field is not prescribed after a bar,
 * {@code {hold|a moment}}; the patient reads the prescribed value in the words of
 * {@link DosageText#inWords} ("17 seconds", "2 minutes", "on each side"). Text without braces is
 * returned as it is, so stored versions read as they always did.
 */
public final class ExerciseText {
    private static final Pattern MARK = Pattern.compile("\\{\\s*([A-Za-z]*)\\s*(?:\\|([^{}]*))?}");

    /** The fields a text may name, what each stands for (for the editor's hint) and the words used without a value. */
    public enum Placeholder {
        HOLD("the hold time (5 seconds)", true),
        REPS("the number of repetitions (12)", true),
        SETS("the number of sets (3 sets)", true),
        DURATION("how long (2 minutes)", true),
        REST("the rest between sets (30 seconds)", true),
        SIDE("which side (on each side)", false),
        LOAD("the resistance (a red band)", false);

        public final String meaning;
        /** Whether a text without the value says something ("a moment", dosage.properties' fallback.*) or nothing. */
        final boolean hasFallback;

        Placeholder(String meaning, boolean hasFallback) {
            this.meaning = meaning;
            this.hasFallback = hasFallback;
        }

        String fallback(DosageWords w) {
            return hasFallback ? w.say("fallback." + name()) : "";
        }

        /** The name as written in the text: "hold". */
        public String mark() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Placeholder> named(String name) {
            for (Placeholder p : values()) {
                if (p.mark().equalsIgnoreCase(name)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    private ExerciseText() {
    }

    /** The text with the prescribed values: what the patient reads. */
    public static String fill(String text, Dosage d) {
        return fill(text, words(d, DosageWords.ENGLISH), DosageWords.ENGLISH);
    }

    /** As {@link #fill(String, Dosage)}, the values in the words of a language ("es": "17 segundos"). */
    public static String fill(String text, Dosage d, String language) {
        DosageWords w = DosageWords.of(language);
        return fill(text, words(d, w), w);
    }

    public static List<String> fill(List<String> texts, Dosage d, String language) {
        DosageWords w = DosageWords.of(language);
        Map<Placeholder, String> words = words(d, w);
        return texts == null ? List.of() : texts.stream().map(t -> fill(t, words, w)).toList();
    }

    /** The text with the exercise's default ranges ("2 to 3 seconds"): what the library shows. */
    public static String fill(String text, DefaultDosage d) {
        return fill(text, words(d), DosageWords.ENGLISH);
    }

    public static List<String> fill(List<String> texts, Dosage d) {
        Map<Placeholder, String> words = words(d, DosageWords.ENGLISH);
        return texts == null ? List.of() : texts.stream().map(t -> fill(t, words, DosageWords.ENGLISH)).toList();
    }

    public static List<String> fill(List<String> texts, DefaultDosage d) {
        Map<Placeholder, String> words = words(d);
        return texts == null ? List.of() : texts.stream().map(t -> fill(t, words, DosageWords.ENGLISH)).toList();
    }

    static String fill(String text, Map<Placeholder, String> words, DosageWords w) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = MARK.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean filled = false;
        while (m.find()) {
            Optional<Placeholder> p = Placeholder.named(m.group(1));
            if (p.isEmpty()) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String value = words.get(p.get());
            if (value == null || value.isBlank()) {
                value = m.group(2) != null ? m.group(2).strip() : p.get().fallback(w);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
            filled = true;
        }
        m.appendTail(out);
        if (!filled) {
            return text;
        }
        String result = out.toString().replaceAll("[ \\t]{2,}", " ").replaceAll(" +([,.;:!?])", "$1").strip();
        return text.startsWith("{") && !result.isEmpty()
                ? Character.toUpperCase(result.charAt(0)) + result.substring(1) : result;
    }

    /** What is wrong with the braces of a text a clinic writes, or empty when every placeholder is known. */
    public static Optional<String> problem(String text) {
        if (text == null || (text.indexOf('{') < 0 && text.indexOf('}') < 0)) {
            return Optional.empty();
        }
        Matcher m = MARK.matcher(text);
        while (m.find()) {
            if (Placeholder.named(m.group(1)).isEmpty()) {
                return Optional.of("{" + m.group(1) + "} is not a dosage we can fill in; use " + names());
            }
        }
        if (m.reset().replaceAll("").matches("(?s).*[{}].*")) {
            return Optional.of("use braces only around a placeholder: {hold}, or {hold|a moment} with the words to use "
                    + "when no hold is prescribed");
        }
        return Optional.empty();
    }

    /** Unknown placeholders in the texts of an exercise a clinic saves, each naming its field ("steps.2"). */
    static List<InvalidField> problems(ExerciseInput input) {
        List<InvalidField> found = new ArrayList<>();
        problem(input.positionDetail()).ifPresent(m -> found.add(new InvalidField("positionDetail", m)));
        problem(input.dosage() == null ? null : input.dosage().note()).ifPresent(m -> found.add(new InvalidField("dosage.note", m)));
        listProblems(found, "steps", input.steps());
        listProblems(found, "cues", input.cues());
        listProblems(found, "precautions", input.precautions());
        return found;
    }

    static void listProblems(List<InvalidField> found, String field, List<String> texts) {
        for (int i = 0; texts != null && i < texts.size(); i++) {
            int index = i;
            problem(texts.get(i)).ifPresent(m -> found.add(new InvalidField(field + "." + index, m)));
        }
    }

    /** The editor's hint, in plain words. */
    public static String hint() {
        List<String> parts = new ArrayList<>();
        for (Placeholder p : Placeholder.values()) {
            parts.add("{" + p.mark() + "} " + p.meaning);
        }
        return "Words in braces are filled in from each patient's prescription: " + String.join(", ", parts)
                + ". After a bar, say what to write when nothing is prescribed: {hold|a moment}.";
    }

    private static String names() {
        List<String> names = new ArrayList<>();
        for (Placeholder p : Placeholder.values()) {
            names.add("{" + p.mark() + "}");
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
    }

    static Map<Placeholder, String> words(Dosage d, DosageWords words) {
        Map<Placeholder, String> w = new EnumMap<>(Placeholder.class);
        if (d == null) {
            return w;
        }
        if (positive(d.holdSeconds())) {
            w.put(Placeholder.HOLD, words.count(d.holdSeconds(), "second"));
        }
        if (d.reps() != null) {
            w.put(Placeholder.REPS, d.reps().toString());
        }
        if (d.sets() != null) {
            w.put(Placeholder.SETS, words.count(d.sets(), "set"));
        }
        if (positive(d.durationSeconds())) {
            w.put(Placeholder.DURATION, DosageText.duration(d.durationSeconds(), words));
        }
        if (positive(d.restSeconds())) {
            w.put(Placeholder.REST, words.count(d.restSeconds(), "second"));
        }
        w.put(Placeholder.SIDE, DosageText.sideWords(d.side(), words));
        if (d.load() != null && !d.load().isBlank()) {
            w.put(Placeholder.LOAD, d.load().strip());
        }
        return w;
    }

    static Map<Placeholder, String> words(DefaultDosage d) {
        Map<Placeholder, String> w = new EnumMap<>(Placeholder.class);
        if (d == null) {
            return w;
        }
        if (d.holdMinSeconds() != null && positive(d.holdMaxSeconds())) {
            w.put(Placeholder.HOLD, range(d.holdMinSeconds(), d.holdMaxSeconds(), "second"));
        }
        if (d.repsMin() != null) {
            w.put(Placeholder.REPS, range(d.repsMin(), d.repsMax(), null));
        }
        if (d.setsMin() != null) {
            w.put(Placeholder.SETS, range(d.setsMin(), d.setsMax(), "set"));
        }
        Integer from = d.durationMinSeconds();
        Integer to = d.durationMaxSeconds();
        if (from != null && positive(to)) {
            w.put(Placeholder.DURATION, from % 60 == 0 && to % 60 == 0 ? range(from / 60, to / 60, "minute")
                    : range(from, to, "second"));
        }
        w.put(Placeholder.SIDE, DosageText.sideWords(Side.of(d.repsMode() == null ? RepsMode.PLAIN : d.repsMode()), DosageWords.ENGLISH));
        return w;
    }

    /** "2 to 3 seconds", "3 seconds", "10 to 15". */
    private static String range(int min, Integer max, String unit) {
        int top = max == null ? min : max;
        if (unit == null) {
            return min == top ? Integer.toString(min) : min + " to " + top;
        }
        return min == top ? DosageText.count(min, unit) : min + " to " + DosageText.count(top, unit);
    }

    private static boolean positive(Integer n) {
        return n != null && n > 0;
    }
}
