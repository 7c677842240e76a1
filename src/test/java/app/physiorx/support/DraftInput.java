package app.physiorx.support;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A program draft read from the API turned back into the body of its update, with one item's fields changed. */
public final class DraftInput {
    private static final List<String> FIELDS = List.of("exerciseId", "sets", "reps", "side", "holdSeconds", "durationSeconds",
            "restSeconds", "timesPerDay", "daysPerWeek", "weekdays", "load", "tempo", "notes");

    private DraftInput() {
    }

    public static Map<String, Object> of(JsonPath draft, int index, Map<String, Object> changes) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<Map<String, Object>> current = draft.getList("items");
        for (int i = 0; i < current.size(); i++) {
            Map<String, Object> item = new HashMap<>(current.get(i));
            item.keySet().retainAll(FIELDS);
            if (i == index) {
                item.putAll(changes);
            }
            items.add(item);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("title", draft.getString("title"));
        body.put("items", items);
        body.put("version", draft.getInt("version"));
        return body;
    }
}
