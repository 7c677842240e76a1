package app.physiorx.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The operator's whole-trail command, run by its entry methods against the test database with plain JDBC (as
 * bin/audit-verify runs it, without the app). Tampering happens inside a transaction that is rolled back, so
 * the shared trail is never left broken.
 */
@QuarkusTest
class AuditChainCommandTest {
    private static String setting(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }

    private static Map<String, String> env() {
        return Map.of("PHYSIORX_DB_URL", setting("quarkus.datasource.jdbc.url"),
                "PHYSIORX_DB_USER", setting("quarkus.datasource.username"),
                "PHYSIORX_DB_PASSWORD", setting("quarkus.datasource.password"));
    }

    @Test
    void anIntactTrailExitsWithZeroAndCountsEveryEvent() {
        Api.as("clinicadmin1").get("/api/audit").then().statusCode(200); // at least one event
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AuditChainCommand.run(env(), print(out), print(err));
        assertEquals(AuditChainCommand.INTACT, code, text(out) + text(err));
        assertTrue(text(out).matches("(?s)audit trail intact: [1-9][0-9]* events checked.*"), text(out));
    }

    @Test
    void aChangedEventExitsWithOneAndIsNamed() throws SQLException {
        Api.as("clinicadmin1").get("/api/audit").then().statusCode(200);
        // as the owner of the tables (Flyway's role): the app's own role may not lift the trail's locks
        try (Connection c = DriverManager.getConnection(setting("quarkus.datasource.jdbc.url"),
                setting("quarkus.flyway.username"), setting("quarkus.flyway.password"))) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                long id;
                try (ResultSet rs = st.executeQuery("select max(id) from audit_event")) {
                    rs.next();
                    id = rs.getLong(1);
                }
                // what only the table's owner could do by lifting both locks, and only until the rollback below
                st.execute("alter table audit_event disable trigger audit_event_no_update_delete");
                st.execute("grant update on audit_event to current_user");
                st.executeUpdate("update audit_event set actor_name = 'Someone Else' where id = " + id);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                assertEquals(AuditChainCommand.BROKEN, AuditChainCommand.check(c, print(out)), text(out));
                assertTrue(text(out).contains("first broken event: id " + id + ": its content does not match its hash"),
                        text(out));
            } finally {
                c.rollback();
            }
        }
        assertEquals(AuditChainCommand.INTACT, AuditChainCommand.run(env(), print(new ByteArrayOutputStream()),
                print(new ByteArrayOutputStream())), "the rollback left the trail as it was");
    }

    @Test
    void aDatabaseThatCannotBeReachedExitsWithTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AuditChainCommand.run(Map.of("PHYSIORX_DB_URL", "jdbc:postgresql://127.0.0.1:1/none",
                "PHYSIORX_DB_PASSWORD", "x"), print(new ByteArrayOutputStream()), print(err));
        assertEquals(AuditChainCommand.FAILED, code);
        assertTrue(text(err).startsWith("audit-verify: the audit trail could not be read"), text(err));
        assertEquals(AuditChainCommand.FAILED, AuditChainCommand.run(Map.of(), print(new ByteArrayOutputStream()),
                print(err)), "no password: not run");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
