package app.physiorx.exercise;

import app.physiorx.exercise.ExerciseApi.FacetCount;
import app.physiorx.exercise.ExerciseApi.Facets;
import app.physiorx.exercise.ExerciseApi.SearchQuery;
import java.util.List;

/** The library page's facets as links: each value with its count, a link that filters by it, and one to clear. */
final class LibraryFacets {
    private LibraryFacets() {
    }

    /** {@code facet} and {@code value}: the facet's name and the value's constant, for its label in the page's language. */
    public record Value(String facet, String value, String label, long count, String href, boolean selected) {
    }

    /** {@code clear}: the same search without this facet's filter, when one is chosen. */
    public record Group(String name, String label, List<Value> values, String clear) {
    }

    static List<Group> links(Facets facets, SearchQuery q) {
        return List.of(
                group("region", "Body region", facets.region(), q, v -> with(q, v, q.position(), q.equipment(), q.movement(), q.difficulty())),
                group("movement", "Movement type", facets.movement(), q, v -> with(q, q.region(), q.position(), q.equipment(), v, q.difficulty())),
                group("position", "Position", facets.position(), q, v -> with(q, q.region(), v, q.equipment(), q.movement(), q.difficulty())),
                group("equipment", "Equipment", facets.equipment(), q, v -> with(q, q.region(), q.position(), v, q.movement(), q.difficulty())),
                group("difficulty", "Difficulty", facets.difficulty(), q, v -> with(q, q.region(), q.position(), q.equipment(), q.movement(), v)))
                .stream().filter(g -> !g.values().isEmpty()).toList();
    }

    private static Group group(String name, String label, List<FacetCount> counts, SearchQuery q,
                               java.util.function.Function<String, SearchQuery> filtered) {
        List<Value> values = counts.stream().map(c -> new Value(name, c.value(), c.label(), c.count(),
                LibraryPage.link(filtered.apply(c.value()), 0), c.selected())).toList();
        boolean chosen = counts.stream().anyMatch(FacetCount::selected);
        return new Group(name, label, values, chosen ? LibraryPage.link(filtered.apply(null), 0) : null);
    }

    private static SearchQuery with(SearchQuery q, String region, String position, String equipment, String movement,
                                    String difficulty) {
        return new SearchQuery(q.q(), q.group(), region, position, equipment, null, null, movement, difficulty, q.hidden());
    }
}
