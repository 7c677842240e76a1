package app.physiorx.exercise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words a therapist types for what the catalog names otherwise ("shoulder blade" for scapular work, "sit to stand"
 * for chair stands). A search that holds a term also finds what its synonyms find.
 */
final class SearchSynonyms {
    private static final Map<String, List<String>> TERMS = Map.ofEntries(
            Map.entry("shoulder blade", List.of("scapular", "scapula", "scapulae")),
            Map.entry("scapula", List.of("shoulder blade")),
            Map.entry("scapular", List.of("shoulder blade")),
            Map.entry("sit to stand", List.of("chair stand", "stand up from a chair")),
            Map.entry("chair stand", List.of("sit to stand")),
            Map.entry("rotator cuff", List.of("external rotation", "internal rotation", "scaption")),
            Map.entry("knee cap", List.of("kneecap", "patella", "patellar")),
            Map.entry("kneecap", List.of("knee cap", "patella", "patellar")),
            Map.entry("patella", List.of("kneecap", "knee cap")),
            Map.entry("patellar", List.of("kneecap", "knee cap")),
            Map.entry("calf", List.of("calves", "heel raise", "heel drop", "plantarflexion")),
            Map.entry("calves", List.of("calf", "heel raise")),
            Map.entry("hamstring", List.of("hamstrings", "knee curl", "knee bend")),
            Map.entry("hamstrings", List.of("hamstring", "knee curl")),
            Map.entry("shin", List.of("dorsiflexion", "tibialis", "ankle pumps")),
            Map.entry("tennis elbow", List.of("lateral elbow", "wrist extensor", "wrist extension")),
            Map.entry("golfer's elbow", List.of("wrist flexor", "wrist curl")),
            Map.entry("glute", List.of("gluteal", "buttock", "bridge", "clamshell")),
            Map.entry("glutes", List.of("gluteal", "buttock", "bridge", "clamshell")),
            Map.entry("quad", List.of("quadriceps", "thigh")),
            Map.entry("quads", List.of("quadriceps", "thigh")),
            Map.entry("lower back", List.of("low back")),
            Map.entry("falls", List.of("balance", "fall")),
            Map.entry("frozen shoulder", List.of("shoulder mobility", "pendulum", "wand")),
            Map.entry("press up", List.of("push up", "push-up")),
            Map.entry("squat", List.of("sit to stand", "wall sit")));

    /** Every word of the terms: the spelling check leaves them as typed ("cap" of "knee cap" is no typo for "cape"). */
    private static final Set<String> TERM_WORDS = TERMS.keySet().stream().flatMap(t -> java.util.Arrays.stream(t.split(" ")))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private SearchSynonyms() {
    }

    /** Whether the word (lower case) belongs to a term this class knows. */
    static boolean termWord(String word) {
        return TERM_WORDS.contains(word);
    }

    /** The synonyms of every term the text holds (whole words, any case), without the terms themselves. */
    static List<String> of(String text) {
        String lower = " " + text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}']+", " ") + " ";
        Set<String> found = new LinkedHashSet<>();
        TERMS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(t -> {
            if (lower.contains(" " + t.getKey() + " ")) {
                found.addAll(t.getValue());
            }
        });
        found.removeIf(s -> lower.contains(" " + s + " "));
        return new ArrayList<>(found);
    }

    /** The synonyms as one web search: phrases quoted, joined by "or"; empty when there are none. */
    static String query(String text) {
        return String.join(" or ", of(text).stream()
                .map(s -> s.contains(" ") ? "\"" + s + "\"" : s).map(s -> Pattern.compile("'").matcher(s).replaceAll(""))
                .toList());
    }
}
