package app.physiorx.exercise;

import app.physiorx.exercise.ExerciseApi.ExerciseDetail;
import app.physiorx.figure.Figures;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/** The drawn start and end positions of an exercise for the library page ({@code exercise.figures}). */
@TemplateExtension
public final class ExerciseFigures {
    private ExerciseFigures() {
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
        if (!Figures.has(slug)) {
            return new RawString("");
        }
        String start = movingId == null ? Figures.startSvg(slug, name, mirrored) : Figures.movingSvg(slug, name, movingId, mirrored);
        return new RawString("<div class=\"figure-pair\">" + start + Figures.endSvg(slug, name, mirrored) + "</div>");
    }
}
