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
 * Facet counts of a library search in one round trip: per facet, the visible exercises that match the search
 * text and every other filter (so a chosen region still shows how many exercises the other regions have).
 */
@ApplicationScoped
class ExerciseFacetQueries {
    private final EntityManager em;

    ExerciseFacetQueries(EntityManager em) {
        this.em = em;
    }

    Facets facets(SearchPlan plan) {
        Query query = em.createNativeQuery(sql(plan));
        plan.params().forEach(query::setParameter);
        Map<String, Map<String, Long>> counts = new HashMap<>();
        Row.map(query.getResultList(), r -> counts.computeIfAbsent(r.getString(0), k -> new HashMap<>())
                .merge(r.getString(1), r.getLong(2), Long::sum));
        return facets(plan, counts);
    }

    /** One count query per facet, in one statement (the benchmark prints its plan). */
    static String sql(SearchPlan plan) {
        return String.join(" union all ",
                "select 'region', r, count(*) from exercise e cross join unnest(e.body_regions) r where "
                        + plan.whereWithout("region") + " group by r",
                "select 'movement', e.movement, count(*) from exercise e where e.movement is not null and "
                        + plan.whereWithout("movement") + " group by e.movement",
                "select 'position', e.position, count(*) from exercise e where " + plan.whereWithout("position")
                        + " group by e.position",
                "select 'equipment', q, count(*) from exercise e cross join unnest(e.equipment) q where "
                        + plan.whereWithout("equipment") + " group by q",
                "select 'difficulty', cast(e.difficulty as text), count(*) from exercise e where e.difficulty is not null and "
                        + plan.whereWithout("difficulty") + " group by e.difficulty");
    }

    private static Facets facets(SearchPlan plan, Map<String, Map<String, Long>> counts) {
        Object chosenEquipment = plan.params().get("equipment");
        return new Facets(
                of(BodyRegion.values(), BodyRegion::name, r -> r.label, counts.get("region"), plan.params().get("region")),
                of(MovementType.values(), MovementType::name, m -> m.label, counts.get("movement"), plan.params().get("movement")),
                of(Position.values(), Position::name, p -> p.label, counts.get("position"), plan.params().get("position")),
                equipment(counts.get("equipment"), chosenEquipment),
                of(new Integer[] {1, 2, 3}, String::valueOf, ExerciseFacetQueries::difficultyLabel, counts.get("difficulty"),
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
