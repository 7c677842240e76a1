package app.physiorx.exercise;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checked query as SQL: the ids of one page, ranked, with the total in every row. {@code base}: the clinic
 * scope, status, hidden exercises and the search text; {@code filters}: one condition per facet (region, movement,
 * position, equipment, difficulty, group), so that a facet can count with every filter but its own.
 */
record SearchPlan(String base, Map<String, String> filters, String order, Map<String, Object> params, int page, int size) {
    SearchPlan {
        filters = new LinkedHashMap<>(filters);
    }

    String where() {
        return whereWithout(null);
    }

    /** The conditions without the given facet's own filter (null: all of them). */
    String whereWithout(String facet) {
        String rest = filters.entrySet().stream().filter(f -> !f.getKey().equals(facet)).map(Map.Entry::getValue)
                .collect(Collectors.joining(" and "));
        return rest.isEmpty() ? base : base + " and " + rest;
    }

    String pageSql() {
        return "select e.id, count(*) over () from exercise e where " + where() + " order by " + order
                + " limit " + size + " offset " + (page * size);
    }
}
