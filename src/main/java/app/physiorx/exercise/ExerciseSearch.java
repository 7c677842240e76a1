package app.physiorx.exercise;

import app.physiorx.common.InvalidInputException;
import app.physiorx.common.Paging;
import app.physiorx.exercise.ExerciseApi.SearchQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks a library search's parameters (naming the bad one) and writes its clinic-scoped SQL. */
final class ExerciseSearch {
    static final String VISIBLE = "(e.clinic_id is null or e.clinic_id = :clinic)";

    private ExerciseSearch() {
    }

    static SearchPlan plan(long clinicId, SearchQuery query) {
        return plan(clinicId, query, null);
    }

    /** {@code corrected}: the search text with misspelt words replaced (null or equal when none were). */
    static SearchPlan plan(long clinicId, SearchQuery query, String corrected) {
        int page = Paging.number("page", query.page(), 0, 0, 10_000);
        int size = Paging.number("size", query.size(), 20, 1, ExerciseService.MAX_PAGE_SIZE);
        String q = text(query);
        if (q.length() > ExerciseService.MAX_QUERY_LENGTH) {
            throw InvalidInputException.field("q", "the search text may have at most " + ExerciseService.MAX_QUERY_LENGTH + " characters");
        }
        ExerciseGroup group = parseEnum(ExerciseGroup.class, "group", query.group());
        BodyRegion region = parseEnum(BodyRegion.class, "region", query.region());
        Position position = parseEnum(Position.class, "position", query.position());
        Equipment equipment = null;
        if (query.equipment() != null && !query.equipment().isBlank()) {
            equipment = Equipment.parse(query.equipment())
                    .orElseThrow(() -> InvalidInputException.field("equipment", "unknown equipment; use one of: "
                            + List.of(Equipment.values()).stream().map(e -> e.label).collect(Collectors.joining(", "))));
        }

        StringBuilder where = new StringBuilder(VISIBLE + " and e.status = 'ACTIVE'");
        Map<String, Object> params = new HashMap<>();
        params.put("clinic", clinicId);
        if (!q.isEmpty()) {
            boolean fixed = corrected != null && !corrected.equals(q);
            where.append(" and (e.search @@ websearch_to_tsquery('english', :q) or lower(:q) <% lower(e.name)")
                    .append(fixed ? " or e.search @@ websearch_to_tsquery('english', :fixed))" : ")");
            params.put("q", q);
            if (fixed) {
                params.put("fixed", corrected);
            }
        }
        if (group != null) {
            where.append(" and e.exercise_group = :group");
            params.put("group", group.name());
        }
        if (region != null) {
            where.append(" and e.body_regions @> array[cast(:region as text)]");
            params.put("region", region.name());
        }
        if (position != null) {
            where.append(" and e.position = :position");
            params.put("position", position.name());
        }
        if (equipment != null) {
            where.append(" and e.equipment @> array[cast(:equipment as text)]");
            params.put("equipment", equipment.label);
        }
        String ranked = params.containsKey("fixed") ? ":fixed" : ":q";
        String order = q.isEmpty() ? "lower(e.name), e.id"
                : "ts_rank_cd(e.search, websearch_to_tsquery('english', " + ranked + ")) + word_similarity(lower(" + ranked
                + "), lower(e.name)) desc, lower(e.name), e.id";
        return new SearchPlan(where.toString(), order, params, page, size);
    }

    /** The search text as the plan uses it: trimmed, empty when none. */
    static String text(SearchQuery query) {
        return query.q() == null ? "" : query.q().strip();
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(field, "unknown " + field + "; use one of: "
                    + List.of(type.getEnumConstants()).stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
