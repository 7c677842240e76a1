package app.physiorx.exercise;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checked query as SQL parts. {@code base}: the clinic scope, status, hidden exercises and the search text (what
 * {@link LibrarySearchQueries} reads once per request); {@code filters}: one condition per facet (region, movement,
 * position, equipment, difficulty, group), so that a facet can count with every filter but its own; {@code rank}: the
 * relevance of a match (0 without search text).
 */
record SearchPlan(String base, Map<String, String> filters, String rank, Map<String, Object> params, int page, int size) {
    SearchPlan {
        filters = new LinkedHashMap<>(filters);
    }

    /** Every condition of the search on table {@code exercise e}. */
    String where() {
        return whereWithout(null);
    }

    /** The conditions on table {@code exercise e} without the given facet's own filter (null: all of them). */
    String whereWithout(String facet) {
        String rest = filtersWithout(facet);
        return rest.equals("true") ? base : base + " and " + rest;
    }

    /** The facet filters without the given facet's own ("true" when none is left). */
    String filtersWithout(String facet) {
        String rest = filters.entrySet().stream().filter(f -> !f.getKey().equals(facet)).map(Map.Entry::getValue)
                .collect(Collectors.joining(" and "));
        return rest.isEmpty() ? "true" : rest;
    }

    /** The order of the results over the matches' columns {@code rank}, {@code sort_name} and {@code id}. */
    String order() {
        return rank.equals("0") ? "sort_name, id" : "rank desc, sort_name, id";
    }

    int offset() {
        return page * size;
    }
}
