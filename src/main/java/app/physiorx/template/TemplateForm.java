package app.physiorx.template;

import app.physiorx.exercise.Side;
import app.physiorx.template.TemplateApi.ItemInput;
import app.physiorx.template.TemplateApi.TemplateInput;
import app.physiorx.template.TemplateApi.TemplateItem;
import app.physiorx.template.TemplateApi.TemplateView;
import app.physiorx.web.FormErrors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The template editor as the browser sends it: one row of inputs per exercise (parallel
 * lists), plus blank rows to add more. A row without an exercise is dropped; rows are
 * ordered by their "order" number.
 */
public class TemplateForm {
    public static final int BLANK_ROWS = 3;

    @RestForm public String name;
    @RestForm public String description;
    @RestForm public String version;
    @RestForm public List<String> exerciseId = new ArrayList<>();
    @RestForm public List<String> order = new ArrayList<>();
    @RestForm public List<String> stage = new ArrayList<>();
    @RestForm public List<String> sets = new ArrayList<>();
    @RestForm public List<String> reps = new ArrayList<>();
    @RestForm public List<String> hold = new ArrayList<>();
    @RestForm public List<String> duration = new ArrayList<>();
    @RestForm public List<String> timesPerDay = new ArrayList<>();
    @RestForm public List<String> note = new ArrayList<>();
    @RestForm public List<String> daysPerWeek = new ArrayList<>();
    @RestForm public List<String> side = new ArrayList<>();

    /** One editor row, as text. */
    public record Row(int index, String exerciseId, String order, String stage, String sets, String reps, String hold,
                      String duration, String timesPerDay, String note, String daysPerWeek, String side) {
        /** The error key of one of this row's inputs. */
        public String key(String column) {
            return "rows." + index + "." + column;
        }

        public boolean isExercise(long id) {
            return String.valueOf(id).equals(exerciseId);
        }

        public boolean isSide(String name) {
            return name.equalsIgnoreCase(side.strip());
        }
    }

    public static TemplateForm of(TemplateView view, boolean asCopy) {
        TemplateForm f = new TemplateForm();
        f.name = asCopy ? view.name() + " (clinic copy)" : view.name();
        f.description = view.description();
        f.version = asCopy ? "" : String.valueOf(view.version());
        for (TemplateItem item : view.items()) {
            f.exerciseId.add(String.valueOf(item.exerciseId()));
            f.order.add(String.valueOf(item.position()));
            f.stage.add(String.valueOf(item.stage()));
            f.sets.add(text(item.sets()));
            f.reps.add(text(item.reps()));
            f.hold.add(text(item.holdSeconds()));
            f.duration.add(text(item.durationSeconds()));
            f.timesPerDay.add(text(item.timesPerDay()));
            f.note.add(item.note() == null ? "" : item.note());
            f.daysPerWeek.add(text(item.daysPerWeek()));
            f.side.add(item.side() == null ? "" : item.side().name());
        }
        return f;
    }

    /** The filled rows followed by blank ones. */
    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        int filled = exerciseId.size();
        for (int i = 0; i < filled + BLANK_ROWS; i++) {
            rows.add(new Row(i, at(exerciseId, i), i < filled ? at(order, i) : String.valueOf(i + 1), at(stage, i),
                    at(sets, i), at(reps, i), at(hold, i), at(duration, i), at(timesPerDay, i), at(note, i),
                    at(daysPerWeek, i), at(side, i)));
        }
        return rows;
    }

    /** The API input (row errors are keyed "rows.N.field" by the editor's row index), or null when unreadable. */
    public TemplateInput toInput(FormErrors errors, List<Integer> rowOfItem) {
        List<Row> rows = new ArrayList<>(getRows().stream().filter(r -> !r.exerciseId().isBlank()).toList());
        rows.sort(Comparator.comparing((Row r) -> {
            Integer o = parseQuietly(r.order());
            return o == null ? Integer.MAX_VALUE : o;
        }).thenComparing(Row::index));
        List<ItemInput> items = new ArrayList<>();
        for (Row r : rows) {
            String p = "rows." + r.index() + ".";
            Integer ex = errors.number(p + "exerciseId", r.exerciseId());
            items.add(new ItemInput(ex == null ? null : ex.longValue(), errors.number(p + "stage", r.stage()),
                    errors.number(p + "sets", r.sets()), errors.number(p + "reps", r.reps()),
                    errors.number(p + "hold", r.hold()), errors.number(p + "duration", r.duration()),
                    errors.number(p + "timesPerDay", r.timesPerDay()), r.note().isBlank() ? null : r.note(),
                    errors.number(p + "daysPerWeek", r.daysPerWeek()), side(errors, p + "side", r.side())));
            rowOfItem.add(r.index());
        }
        Integer v = errors.number("version", version);
        return errors.isEmpty() ? new TemplateInput(name == null ? "" : name, description, items, v) : null;
    }

    /** "items.2.sets" (API) becomes "rows.5.sets" (the editor row the item came from). */
    public static FormErrors onFormFields(FormErrors raw, List<Integer> rowOfItem) {
        FormErrors shown = new FormErrors();
        raw.map().forEach((field, message) -> {
            String[] parts = field.split("\\.");
            if (parts[0].equals("items") && parts.length >= 2 && parts[1].matches("\\d+")
                    && Integer.parseInt(parts[1]) < rowOfItem.size()) {
                String column = parts.length > 2 ? switch (parts[2]) {
                    case "holdSeconds" -> "hold";
                    case "durationSeconds" -> "duration";
                    default -> parts[2];
                } : "exerciseId";
                shown.add("rows." + rowOfItem.get(Integer.parseInt(parts[1])) + "." + column, message);
            } else {
                shown.add(field, message);
            }
        });
        return shown;
    }

    /** Empty: the exercise's own way; else one of the sides a template keeps. */
    static Side side(FormErrors errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Side.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, ItemInput.SIDE_RULE);
            return null;
        }
    }

    private static String at(List<String> list, int i) {
        return i < list.size() && list.get(i) != null ? list.get(i) : "";
    }

    private static Integer parseQuietly(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(Integer n) {
        return n == null ? "" : n.toString();
    }
}
