package app.physiorx.outcome;

import java.math.BigDecimal;
import java.util.List;

/**
 * An outcome measure as the app scores it: read from a FHIR R4 Questionnaire (built-in or imported by a clinic)
 * by {@link InstrumentJson}. A scoring change is a new version; a stored response keeps the version it was
 * scored with.
 *
 * @param code      short stable code, such as "nprs" or "psfs" (the Questionnaire's {@code name})
 * @param version   the Questionnaire's {@code version} as a whole number, 1 and up
 * @param title     the name a person reads ("Pain rating (NPRS)")
 * @param credit    the copyright or credit line shown with it, or null
 * @param items     the questions, in order
 * @param scoring   how the answers become a score, and what change matters
 * @param namedActivities true for the PSFS kind: at the first answer the patient names 3 to 5 activities (the
 *                  items with {@code activity} set) and rates the same ones every time after
 */
public record Instrument(String code, int version, String title, String credit, List<Item> items, Scoring scoring,
                         boolean namedActivities) {

    /**
     * One question.
     *
     * @param linkId   the Questionnaire item's linkId (names the item in errors: "answers.q3")
     * @param text     the question in our words
     * @param min      lowest allowed answer value (integer items) or lowest option value
     * @param max      highest allowed answer value
     * @param options  answer options (a choice item), empty for a plain 0-10 style integer item
     * @param required whether a response must answer it
     * @param activity true for an activity slot of a PSFS-style instrument (the patient names it)
     * @param lowLabel what the lowest value means ("No pain"), or null
     * @param highLabel what the highest value means ("Worst pain you can imagine"), or null
     */
    public record Item(String linkId, String text, int min, int max, List<Option> options, boolean required,
                       boolean activity, String lowLabel, String highLabel) {
    }

    /** An answer option: the value that is scored and the words shown. */
    public record Option(int value, String label) {
    }

    /**
     * @param method      SUM, MEAN or PERCENT (the sum as a percentage of the highest possible sum of the answered items)
     * @param minAnswered the fewest answered items that still give a score
     * @param mcid        the minimal clinically important difference, in score points
     * @param mcidPercent an alternative MCID as a share of the first score (0.30 for 30 %), or null; a change counts
     *                    when it reaches either
     * @param better      which way is better: LOWER (pain, disability) or HIGHER (function)
     * @param decimals    decimals the score is rounded to (half up)
     */
    public record Scoring(Method method, int minAnswered, BigDecimal mcid, BigDecimal mcidPercent, Direction better,
                          int decimals) {
    }

    public enum Method { SUM, MEAN, PERCENT }

    public enum Direction { LOWER, HIGHER }
}
