package app.physiorx.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A flood of anonymous or bad-token requests leaves one audit row per source and minute, with the count. */
@QuarkusTest
class RefusedAnonymousRequestsTest {
    @Inject
    EntityManager em;

    @Inject
    AuditSecurityEvents events;

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String agent) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select action, resource_id from audit_event where user_agent = ?1 order by id")
                .setParameter(1, agent).getResultList());
    }

    @Test
    void fortyRefusedAnonymousRequestsAreOneRowPerSourceMinuteWithTheirCount() throws Exception {
        events.flushRefusedAnonymous(true); // earlier tests' refusals are written first
        String agent = "flood-" + UUID.randomUUID();
        for (int i = 0; i < 20; i++) {
            given().header("User-Agent", agent).get("/api/me").then().statusCode(401);
            given().header("User-Agent", agent).header("Authorization", "Bearer not-a-token-" + i).get("/api/patients")
                    .then().statusCode(401);
        }
        long counted = 0;
        List<Object[]> rows = List.of();
        for (int attempt = 0; attempt < 100 && counted < 40; attempt++) { // the security events arrive asynchronously
            Thread.sleep(50);
            events.flushRefusedAnonymous(true);
            rows = rows(agent);
            counted = rows.stream().filter(r -> "anonymous.refused".equals(r[0])).mapToLong(r -> Long.parseLong((String) r[1])).sum();
        }
        assertEquals(40, counted, "every refusal is counted");
        assertTrue(rows.size() <= 4, "one row per source and minute, not one per request: " + rows.size());
        assertTrue(rows.stream().allMatch(r -> "anonymous.refused".equals(r[0])), "no individual rows for them");
    }
}
