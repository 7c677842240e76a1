package app.physiorx.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.physiorx.common.InvalidInputException;
import app.physiorx.exercise.ExerciseApi.SearchQuery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ExerciseSearchTest {
    @Test
    void filtersBecomeBoundConditionsInsideTheClinicScope() {
        SearchPlan plan = ExerciseSearch.plan(4, new SearchQuery(" bridge ", "core and back", "low-back", null, null, "2", "10"));
        assertEquals("(e.clinic_id is null or e.clinic_id = :clinic) and e.status = 'ACTIVE'"
                + " and not exists (select 1 from clinic_hidden_exercise h where h.clinic_id = :clinic and h.exercise_id = e.id)"
                + " and (e.search @@ websearch_to_tsquery('english', :q) or lower(:q) <% lower(e.name))"
                + " and e.exercise_group = :group and e.body_regions @> array[cast(:region as text)]", plan.where());
        assertEquals(Map.of("clinic", 4L, "q", "bridge", "group", "CORE_AND_BACK", "region", "LOW_BACK"), plan.params());
        assertEquals(2, plan.page());
        assertEquals(10, plan.size());
    }

    @Test
    void aFacetCountsWithEveryFilterButItsOwn() {
        SearchPlan plan = ExerciseSearch.plan(4, new SearchQuery(null, null, "knee", null, null, null, null, "strength", "2", "show"));
        assertEquals("(e.clinic_id is null or e.clinic_id = :clinic) and e.status = 'ACTIVE'"
                + " and e.movement = :movement and e.difficulty = :difficulty", plan.whereWithout("region"));
        assertEquals(Map.of("clinic", 4L, "region", "KNEE", "movement", "STRENGTH", "difficulty", 2), plan.params());
    }

    @Test
    void aSynonymIsSearchedBesideTheWordsTyped() {
        SearchPlan plan = ExerciseSearch.plan(4, new SearchQuery("Shoulder blade", null, null, null, null, null, null));
        assertEquals("scapular or scapula or scapulae", plan.params().get("synonyms"));
        assertEquals(List.of("chair stand", "stand up from a chair"), SearchSynonyms.of("sit to stand"));
        assertEquals("\"chair stand\" or \"stand up from a chair\"", SearchSynonyms.query("Sit-to-stand"));
        assertEquals(List.of(), SearchSynonyms.of("shoulders"), "whole words only");
    }

    @Test
    void anUnknownValueNamesItsParameter() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ExerciseSearch.plan(4, new SearchQuery(null, "flying", null, null, null, null, null)));
        assertEquals("group", e.fields().getFirst().field());
    }
}
