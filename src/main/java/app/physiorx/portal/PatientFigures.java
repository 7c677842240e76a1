package app.physiorx.portal;

import app.physiorx.exercise.ExerciseFigureQueries;
import app.physiorx.exercise.ExerciseFigures;
import app.physiorx.exercise.Side;
import app.physiorx.program.ProgramApi.PublishedItem;
import io.quarkus.qute.RawString;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The drawn pictures of the patient's exercises by item position, the start one moving; the worked side faces the viewer. */
final class PatientFigures {
    private PatientFigures() {
    }

    static Map<Integer, RawString> of(ExerciseFigureQueries queries, List<PublishedItem> items, String language) {
        Map<Long, String> slugs = queries.slugs(items.stream().map(PublishedItem::exerciseId).distinct().toList());
        Map<Integer, RawString> figures = new HashMap<>();
        for (PublishedItem item : items) {
            figures.put(item.position(), ExerciseFigures.pair(slugs.get(item.exerciseId()), item.exerciseName(),
                    item.side() == Side.RIGHT, "fig-" + item.position(), language));
        }
        return figures;
    }
}
