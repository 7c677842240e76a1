package app.physiorx.exercise;

import static app.physiorx.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.account.Account;
import app.physiorx.account.Role;
import app.physiorx.exercise.ExerciseApi.SearchQuery;
import app.physiorx.exercise.ExerciseApi.SearchResults;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A library search asks the database a fixed number of times, whatever the page holds: the words of the search
 * (one query for all of them), the page with its total and the facet counts (one statement), the page's exercises.
 */
@QuarkusTest
class LibrarySearchStatementsTest {
    @Inject
    ExerciseService exercises;

    @Inject
    EntityManager em;

    private Account therapist1() {
        as("therapist1").get("/api/me").then().statusCode(200);
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] r = (Object[]) em.createNativeQuery("select id, clinic_id from user_profile where username = 'therapist1'")
                    .getSingleResult();
            return new Account(((Number) r[0]).longValue(), "test", "therapist1", "Therapist One", null, Role.THERAPIST,
                    ((Number) r[1]).longValue(), "riverside", "Riverside Physio");
        });
    }

    /** The SQL statements the search runs, and its results. */
    private record Counted(long statements, SearchResults results) {
    }

    private Counted counted(Account caller, SearchQuery query) {
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        long before = statistics.getPrepareStatementCount();
        SearchResults results = QuarkusTransaction.requiringNew().call(() -> exercises.searchWithSpelling(caller, query));
        return new Counted(statistics.getPrepareStatementCount() - before, results);
    }

    @Test
    void aSearchRunsThreeStatementsWhateverThePageHolds() {
        Account caller = therapist1();
        for (String size : new String[] {"5", "50"}) {
            Counted search = counted(caller, new SearchQuery("shoulder band", null, null, null, null, "0", size));
            assertTrue(search.results().items().size() > 1, "the search finds exercises");
            assertFalse(search.results().facets().region().isEmpty(), "and counts them by region");
            assertEquals(3, search.statements(), "words, page with total and facets, the page's exercises (size " + size + ")");
        }
        Counted all = counted(caller, new SearchQuery(null, null, "KNEE", null, null, "0", "100"));
        assertEquals(2, all.statements(), "without search text there are no words to look up");
    }

    @Test
    void aPagePastTheLastStillSaysHowManyMatchAndCountsTheFacets() {
        Account caller = therapist1();
        SearchResults first = counted(caller, new SearchQuery(null, null, "KNEE", null, null, "0", "20")).results();
        Counted past = counted(caller, new SearchQuery(null, null, "KNEE", null, null, "500", "20"));
        assertTrue(past.results().items().isEmpty());
        assertEquals(first.total(), past.results().total());
        assertEquals(first.facets(), past.results().facets());
        assertEquals(1, past.statements(), "an empty page loads no exercises");
    }

    @Test
    void theListSaysWhichExercisesHaveACurrentPicture() {
        therapist1();
        String name = "Pictureprobe reach " + System.nanoTime();
        long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            long withPicture = insertExercise(name + " a");
            long without = insertExercise(name + " b");
            em.createNativeQuery("""
                    insert into exercise_media (exercise_id, kind, position, content_type, size_bytes, sha256, uploaded_by)
                    values (:id, 'PICTURE', 1, 'image/png', 10, repeat('a', 64), 'test')""").setParameter("id", withPicture)
                    .executeUpdate();
            return new long[] {withPicture, without};
        });
        JsonPath found = as("therapist1").queryParams(Map.of("q", "pictureprobe", "size", 100)).get("/api/exercises")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(Boolean.TRUE, found.get("items.find { it.id == " + ids[0] + " }.hasImage"));
        assertEquals(Boolean.FALSE, found.get("items.find { it.id == " + ids[1] + " }.hasImage"));

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update exercise_media set removed_at = now() where exercise_id = :id").setParameter("id", ids[0]).executeUpdate());
        JsonPath removed = as("therapist1").queryParams(Map.of("q", "pictureprobe", "size", 100)).get("/api/exercises")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(Boolean.FALSE, removed.get("items.find { it.id == " + ids[0] + " }.hasImage"), "a removed picture is not shown");
    }

    private long insertExercise(String name) {
        return ((Number) em.createNativeQuery("""
                insert into exercise (slug, clinic_id, name, body_regions, position, equipment, reps_min, reps_max, steps, cues, tags)
                select :slug, c.id, :name, array['SHOULDERS'], 'STANDING', array[]::text[], 10, 12,
                       array['Reach forward slowly.'], array[]::text[], array[]::text[]
                from clinic c where c.external_key = 'riverside'
                returning id""").setParameter("slug", name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'))
                .setParameter("name", name).getSingleResult()).longValue();
    }
}
