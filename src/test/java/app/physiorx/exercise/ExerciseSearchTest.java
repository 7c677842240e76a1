package app.physiorx.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.physiorx.common.InvalidInputException;
import app.physiorx.exercise.ExerciseApi.SearchQuery;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ExerciseSearchTest {
    @Test
    void filtersBecomeBoundConditionsInsideTheClinicScope() {
        SearchPlan plan = ExerciseSearch.plan(4, new SearchQuery(" bridge ", "core and back", "low-back", null, null, "2", "10"));
        assertEquals("(e.clinic_id is null or e.clinic_id = :clinic) and e.status = 'ACTIVE'"
                + " and (e.search @@ websearch_to_tsquery('english', :q) or lower(:q) <% lower(e.name))"
                + " and e.exercise_group = :group and e.body_regions @> array[cast(:region as text)]", plan.where());
        assertEquals(Map.of("clinic", 4L, "q", "bridge", "group", "CORE_AND_BACK", "region", "LOW_BACK"), plan.params());
        assertEquals(2, plan.page());
        assertEquals(10, plan.size());
    }

    @Test
    void anUnknownValueNamesItsParameter() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ExerciseSearch.plan(4, new SearchQuery(null, "flying", null, null, null, null, null)));
        assertEquals("group", e.fields().getFirst().field());
    }
}
