package app.physiorx.exercise;

import app.physiorx.common.Row;
import app.physiorx.exercise.ExerciseApi.FacetCount;
import app.physiorx.exercise.ExerciseApi.Facets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A library search in one round trip: the visible exercises that match the search text are read once (a CTE), and
 * from them the ranked page (with whether the clinic hid each one and whether it has a picture), the total, and the
 * facet counts: per facet, the matches with every other filter (so a chosen region still shows how many exercises
 * the other regions have).
 */
@ApplicationScoped
class LibrarySearchQueries {
    /** One exercise of the page; {@code hidden}: the caller's clinic hid it; {@code picture}: it has a current picture. */
    record Hit(long id, boolean hidden, boolean picture) {
    }

    /** The page's exercises in order, how many match in all, and the facets. */
    record Found(List<Hit> hits, long total, Facets facets) {
    }

    private final EntityManager em;

    LibrarySearchQueries(EntityManager em) {
        this.em = em;
    }

    Found search(SearchPlan plan) {
        Query query = em.createNativeQuery(sql(plan));
        plan.params().forEach(query::setParameter);
        Map<String, Map<String, Long>> counts = new HashMap<>();
        java.util.SortedMap<Long, Hit> byPlace = new java.util.TreeMap<>();
        long[] total = {0};
        Row.map(query.getResultList(), r -> r).forEach(r -> {
            switch (r.getString(0)) {
                case "page" -> byPlace.put(r.getLong(3), new Hit(r.getLong(2), r.getBoolean(4), r.getBoolean(5)));
                case "total" -> total[0] = r.getLong(2);
                default -> counts.computeIfAbsent(r.getString(0), k -> new HashMap<>()).merge(r.getString(1), r.getLong(2), Long::sum);
            }
        });
        return new Found(List.copyOf(byPlace.values()), total[0], facets(plan, counts));
    }

    /**
     * The statement (the benchmark prints its plan). Columns: what the row is (page, total or a facet's name), the
     * facet value, the exercise id or the count, the place on the page, hidden, picture.
     */
    static String sql(SearchPlan plan) {
        String order = plan.order();
        return "with e as materialized (select e.id, e.exercise_group, e.body_regions, e.movement, e.position, e.equipment,"
                + " e.difficulty, lower(e.name) as sort_name, " + plan.rank() + " as rank from exercise e where " + plan.base() + ")"
                + " select 'page', null, p.id, p.place,"
                + " exists (select 1 from clinic_hidden_exercise h where h.clinic_id = :clinic and h.exercise_id = p.id),"
                + " exists (select 1 from exercise_media m where m.exercise_id = p.id and m.kind = 'PICTURE' and m.removed_at is null)"
                + " from (select e.id, row_number() over (order by " + order + ") as place from e where " + plan.filtersWithout(null)
                + " order by " + order + " limit " + plan.size() + " offset " + plan.offset() + ") p"
                + " union all select 'total', null, count(*), null, null, null from e where " + plan.filtersWithout(null)
                + " union all " + String.join(" union all ",
                "select 'region', r, count(*), null, null, null from e cross join unnest(e.body_regions) r where "
                        + plan.filtersWithout("region") + " group by r",
                "select 'movement', e.movement, count(*), null, null, null from e where e.movement is not null and "
                        + plan.filtersWithout("movement") + " group by e.movement",
                "select 'position', e.position, count(*), null, null, null from e where " + plan.filtersWithout("position")
                        + " group by e.position",
                "select 'equipment', q, count(*), null, null, null from e cross join unnest(e.equipment) q where "
                        + plan.filtersWithout("equipment") + " group by q",
                "select 'difficulty', cast(e.difficulty as text), count(*), null, null, null from e where e.difficulty is not null and "
                        + plan.filtersWithout("difficulty") + " group by e.difficulty");
    }

    private static Facets facets(SearchPlan plan, Map<String, Map<String, Long>> counts) {
        Object chosenEquipment = plan.params().get("equipment");
        return new Facets(
                of(BodyRegion.values(), BodyRegion::name, r -> r.label, counts.get("region"), plan.params().get("region")),
                of(MovementType.values(), MovementType::name, m -> m.label, counts.get("movement"), plan.params().get("movement")),
                of(Position.values(), Position::name, p -> p.label, counts.get("position"), plan.params().get("position")),
                equipment(counts.get("equipment"), chosenEquipment),
                of(new Integer[] {1, 2, 3}, String::valueOf, LibrarySearchQueries::difficultyLabel, counts.get("difficulty"),
                        plan.params().get("difficulty") == null ? null : plan.params().get("difficulty").toString()));
    }

    static String difficultyLabel(int level) {
        return switch (level) {
            case 1 -> "1 (easiest)";
            case 2 -> "2";
            default -> "3 (hardest)";
        };
    }

    private static <T> List<FacetCount> of(T[] values, Function<T, String> key, Function<T, String> label,
                                           Map<String, Long> counts, Object chosen) {
        List<FacetCount> out = new ArrayList<>();
        for (T v : values) {
            String k = key.apply(v);
            long n = counts == null ? 0 : counts.getOrDefault(k, 0L);
            boolean selected = k.equals(chosen);
            if (n > 0 || selected) {
                out.add(new FacetCount(k, label.apply(v), n, selected));
            }
        }
        return out;
    }

    /** The database stores equipment by label; the filter takes the constant. */
    private static List<FacetCount> equipment(Map<String, Long> counts, Object chosenLabel) {
        List<FacetCount> out = new ArrayList<>();
        for (Equipment q : Equipment.values()) {
            long n = counts == null ? 0 : counts.getOrDefault(q.label, 0L);
            boolean selected = q.label.equals(chosenLabel);
            if (n > 0 || selected) {
                out.add(new FacetCount(q.name(), q.label, n, selected));
            }
        }
        return out;
    }
}
