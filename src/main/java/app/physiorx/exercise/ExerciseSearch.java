package app.physiorx.exercise;

import app.physiorx.common.InvalidInputException;
import app.physiorx.common.Paging;
import app.physiorx.exercise.ExerciseApi.SearchQuery;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks a library search's parameters (naming the bad one) and writes its clinic-scoped SQL. */
final class ExerciseSearch {
    static final String VISIBLE = "(e.clinic_id is null or e.clinic_id = :clinic)";
    /** Starter exercises the caller's clinic hid leave its list and search. */
    static final String NOT_HIDDEN = "not exists (select 1 from clinic_hidden_exercise h where h.clinic_id = :clinic and h.exercise_id = e.id)";

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
        MovementType movement = parseEnum(MovementType.class, "movement", query.movement());
        Position position = parseEnum(Position.class, "position", query.position());
        Integer difficulty = difficulty(query.difficulty());
        boolean showHidden = showHidden(query.hidden());
        Equipment equipment = null;
        if (query.equipment() != null && !query.equipment().isBlank()) {
            equipment = Equipment.parse(query.equipment())
                    .orElseThrow(() -> InvalidInputException.field("equipment", "unknown equipment; use one of: "
                            + List.of(Equipment.values()).stream().map(e -> e.label).collect(Collectors.joining(", "))));
        }

        StringBuilder where = new StringBuilder(VISIBLE + " and e.status = 'ACTIVE'");
        if (!showHidden) {
            where.append(" and ").append(NOT_HIDDEN);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("clinic", clinicId);
        if (!q.isEmpty()) {
            boolean fixed = corrected != null && !corrected.equals(q);
            String synonyms = SearchSynonyms.query(fixed ? corrected : q);
            where.append(" and (e.search @@ websearch_to_tsquery('english', :q) or lower(:q) <% lower(e.name)")
                    .append(fixed ? " or e.search @@ websearch_to_tsquery('english', :fixed)" : "")
                    .append(synonyms.isEmpty() ? ")" : " or e.search @@ websearch_to_tsquery('english', :synonyms))");
            params.put("q", q);
            if (fixed) {
                params.put("fixed", corrected);
            }
            if (!synonyms.isEmpty()) {
                params.put("synonyms", synonyms);
            }
        }
        Map<String, String> filters = new LinkedHashMap<>();
        filter(filters, params, "group", group == null ? null : group.name(), "e.exercise_group = :group");
        filter(filters, params, "region", region == null ? null : region.name(), "e.body_regions @> array[cast(:region as text)]");
        filter(filters, params, "movement", movement == null ? null : movement.name(), "e.movement = :movement");
        filter(filters, params, "position", position == null ? null : position.name(), "e.position = :position");
        filter(filters, params, "equipment", equipment == null ? null : equipment.label, "e.equipment @> array[cast(:equipment as text)]");
        filter(filters, params, "difficulty", difficulty, "e.difficulty = :difficulty");
        String ranked = params.containsKey("fixed") ? ":fixed" : ":q";
        String rank = q.isEmpty() ? "0" : "ts_rank_cd(e.search, websearch_to_tsquery('english', " + ranked
                + ")) + word_similarity(lower(" + ranked + "), lower(e.name))";
        return new SearchPlan(where.toString(), filters, rank, params, page, size);
    }

    private static void filter(Map<String, String> filters, Map<String, Object> params, String name, Object value, String sql) {
        if (value != null) {
            filters.put(name, sql);
            params.put(name, value);
        }
    }

    static Integer difficulty(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "1" -> 1;
            case "2" -> 2;
            case "3" -> 3;
            default -> throw InvalidInputException.field("difficulty", "unknown difficulty; use 1, 2 or 3");
        };
    }

    /** "hidden=show" (or true) lists the starter exercises the clinic hid as well. */
    static boolean showHidden(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "show", "true" -> true;
            case "hide", "false" -> false;
            default -> throw InvalidInputException.field("hidden", "use hidden=show to list hidden exercises too");
        };
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
