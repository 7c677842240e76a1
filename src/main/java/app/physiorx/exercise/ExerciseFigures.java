package app.physiorx.exercise;

import app.physiorx.exercise.ExerciseApi.ExerciseDetail;
import app.physiorx.exercise.ExerciseApi.ExerciseSummary;
import app.physiorx.figure.Figures;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The drawn start and end positions of an exercise for the library page ({@code exercise.figures}). */
@TemplateExtension
public final class ExerciseFigures {
    /** Thumbnails by slug and name, written once: a library page of 20 cards copies them instead of writing SVG. */
    private static final Map<String, RawString> THUMBNAILS = new ConcurrentHashMap<>();
    private static final int MAX_THUMBNAILS = 2_000;
    private static final RawString NONE = new RawString("");

    private ExerciseFigures() {
    }

    /** The end position as a small inline SVG on the library's list ({@code e.thumbnail}), or nothing without poses. */
    static RawString thumbnail(ExerciseSummary exercise) {
        if (!Figures.has(exercise.slug())) {
            return NONE;
        }
        String key = exercise.slug() + "|" + exercise.name();
        RawString svg = THUMBNAILS.get(key);
        if (svg == null) {
            // decorative beside the exercise's name on the card: hidden from screen readers, no title to read or match
            String drawn = Figures.endSvg(exercise.slug(), exercise.name(), false)
                    .replaceFirst(" role=\"img\" aria-label=\"[^\"]*\"", " aria-hidden=\"true\"")
                    .replaceFirst("<title>[^<]*</title>", "");
            svg = new RawString("<div class=\"figure-thumb\" aria-hidden=\"true\">" + drawn + "</div>");
            if (THUMBNAILS.size() >= MAX_THUMBNAILS) {
                THUMBNAILS.clear();
            }
            THUMBNAILS.put(key, svg);
        }
        return svg;
    }

    /** Both pictures as inline SVG, or nothing when the exercise has no poses. */
    static RawString figures(ExerciseDetail exercise) {
        return pair(exercise.slug(), exercise.name(), false, null);
    }

    /**
     * The start and end pictures side by side; with {@code movingId} the start picture moves between the key frames
     * (still under reduced motion). Empty when the slug has no poses.
     */
    public static RawString pair(String slug, String name, boolean mirrored, String movingId) {
        return pair(slug, name, mirrored, movingId, "en");
    }

    /** As {@link #pair(String, String, boolean, String)}, the pictures named in the reader's language. */
    public static RawString pair(String slug, String name, boolean mirrored, String movingId, String language) {
        if (!Figures.has(slug)) {
            return new RawString("");
        }
        DosageWords w = DosageWords.of(language);
        String start = movingId == null ? Figures.startPicture(slug, w.say("figure.start", name), mirrored)
                : Figures.movingPicture(slug, w.say("figure.moving", name), movingId, mirrored);
        return new RawString("<div class=\"figure-pair\">" + start + Figures.endPicture(slug, w.say("figure.end", name), mirrored)
                + "</div>");
    }
}
