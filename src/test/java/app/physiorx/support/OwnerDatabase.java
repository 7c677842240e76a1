package app.physiorx.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The test database as its owner (the role Flyway migrates with), for what the app's own role may not
 * do: lifting the audit trail's locks on purpose to prove the hash chain still tells.
 */
public final class OwnerDatabase {
    private OwnerDatabase() {
    }

    /** Runs the statements in one transaction as the owner. */
    public static void run(String... statements) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            for (String sql : statements) {
                st.execute(sql);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Runs each statement on its own as the owner, outside a transaction (VACUUM cannot run in one). */
    public static void each(String... statements) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Lifts both locks of the trail (trigger and privilege) for one statement, then puts them back. */
    public static void tamper(String sql, String privilege) {
        run("alter table audit_event disable trigger audit_event_no_update_delete",
                "grant " + privilege + " on audit_event to current_user", sql,
                "revoke " + privilege + " on audit_event from current_user",
                "alter table audit_event enable trigger audit_event_no_update_delete");
    }

    public static String text(String sql) {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class), config.getValue("quarkus.flyway.password", String.class));
    }
}
