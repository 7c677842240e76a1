package app.physiorx.exercise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spelling for the library search: each word of the search text that no exercise the caller can see uses is
 * replaced by the closest word those exercises do use (trigram similarity over {@code exercise_word}, one
 * indexed probe per word, in one query), so "sholder" searches for "shoulder".
 */
@ApplicationScoped
class ExerciseWordQueries {
    /** Words of a search looked at; the rest are kept as typed. */
    static final int MAX_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,60}");

    private final EntityManager em;

    ExerciseWordQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The search text with its misspelt words corrected; the text itself when nothing needed it. One query finds which
     * words the library knows; only an unknown word costs another.
     */
    String corrected(long clinicId, String q) {
        Set<String> known = known(clinicId, words(q));
        Matcher m = WORD.matcher(q);
        StringBuilder out = new StringBuilder();
        int words = 0;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            // a word of a synonym term stays as typed: which word is "closest" depends on the clinic's own exercises
            String replacement = words++ < MAX_WORDS && !known.contains(word) && !SearchSynonyms.termWord(word)
                    ? closest(clinicId, word).orElse(m.group()) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The words of the corrected text ({@code corrected}: what {@link #corrected} made of {@code q}) that some
     * visible exercise uses: a suggestion when nothing matched.
     */
    Optional<String> suggestion(long clinicId, String q, String corrected) {
        List<String> words = words(corrected);
        Set<String> known = known(clinicId, words);
        String suggestion = String.join(" ", words.stream().filter(known::contains).toList());
        return suggestion.isEmpty() || suggestion.equalsIgnoreCase(q.strip()) ? Optional.empty() : Optional.of(suggestion);
    }

    /** The first {@link #MAX_WORDS} words of the text, in lower case. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && words.size() < MAX_WORDS) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Which of the words an active exercise the caller can see uses: one query, one indexed probe per word. */
    private Set<String> known(long clinicId, List<String> words) {
        Set<String> known = new HashSet<>();
        if (words.isEmpty()) {
            return known;
        }
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(cast(:w").append(i).append(" as text))");
        }
        Query query = em.createNativeQuery("select x.word from (values " + values + ") x(word) " + usedVisibly("x.word"));
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, words.get(i));
        }
        query.setParameter("clinic", clinicId);
        query.getResultList().forEach(w -> known.add(w.toString()));
        return known;
    }

    /**
     * Joins one active exercise the caller can see that uses the word (a column of the outer query), found through the
     * word index and then each exercise by id. Written so that no plan can start from the clinic's exercises instead:
     * a generic plan (a statement the driver prepared) did, and read every word of every visible exercise for an
     * unknown one (20 ms with 20,000 exercises).
     */
    private static String usedVisibly(String word) {
        return "cross join lateral (select 1 from exercise_word u cross join lateral (select 1 from exercise e where e.id = u.exercise_id and "
                + ExerciseSearch.VISIBLE + " and e.status = 'ACTIVE' offset 0) v where u.word = " + word + " limit 1) used";
    }

    /** The most similar word (trigrams) that a visible exercise uses: the similar words first, then whether one is used. */
    private Optional<String> closest(long clinicId, String word) {
        List<?> found = em.createNativeQuery("select c.word from (select w.word from exercise_word w where w.word % :w group by w.word) c "
                        + usedVisibly("c.word") + " order by similarity(c.word, :w) desc, levenshtein(c.word, :w), c.word limit 1")
                .setParameter("w", word).setParameter("clinic", clinicId).getResultList();
        return found.stream().map(Object::toString).findFirst().or(() -> word.length() <= 5 ? nearShort(clinicId, word) : Optional.empty());
    }

    /**
     * A short word has too few trigrams to compare: the word with the same first letter at the smallest edit
     * distance (1 for up to four letters, 2 for five: "bnd" is "band", "bnads" is "bands"), read through the
     * word index (a prefix match). At the same distance a word that holds every typed letter in order wins
     * ("bnd" is "band", not "bad"), then the alphabet.
     */
    private Optional<String> nearShort(long clinicId, String word) {
        String first = word.substring(0, 1);
        List<?> found = em.createNativeQuery("select w.word from exercise_word w join exercise e on e.id = w.exercise_id"
                        + " where w.word like :prefix and length(w.word) between :shortest and :longest"
                        + " and levenshtein(w.word, :w) <= :most and " + ExerciseSearch.VISIBLE + " and e.status = 'ACTIVE'"
                        + " order by levenshtein(w.word, :w), case when w.word ~ :inOrder then 0 else 1 end, w.word limit 1")
                .setParameter("inOrder", "^" + String.join(".*", word.codePoints().mapToObj(c -> Character.isLetterOrDigit(c)
                        ? new String(Character.toChars(c)) : "\\" + new String(Character.toChars(c))).toList()))
                .setParameter("prefix", first + "%")
                .setParameter("shortest", word.length() - 1).setParameter("longest", word.length() + 1)
                .setParameter("w", word).setParameter("most", word.length() <= 4 ? 1 : 2)
                .setParameter("clinic", clinicId).getResultList();
        return found.stream().map(Object::toString).findFirst();
    }
}
