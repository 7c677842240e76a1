package app.physiorx.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * A PostgreSQL of the test's own (zonky's embedded binaries) that the test can stop and start again
 * without disturbing the rest of the suite: the same port and data folder each time, the same two roles
 * as bin/infra and compose (the owner migrates, the app's role owns nothing).
 */
public class StoppablePostgres implements QuarkusTestResourceLifecycleManager {
    private static EmbeddedPostgres postgres;
    private static int port;
    private static Path dataDir;

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
            dataDir = Files.createTempDirectory("physiorx-stoppable-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startDatabase();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute("create role physiorx_owner login password 'physiorx_owner'");
            st.execute("create role physiorx login password 'physiorx'");
            st.execute("create database physiorx owner physiorx_owner");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", url(),
                "quarkus.datasource.username", "physiorx",
                "quarkus.datasource.password", "physiorx",
                "quarkus.flyway.username", "physiorx_owner",
                "quarkus.flyway.password", "physiorx_owner",
                "quarkus.flyway.placeholders.appRole", "physiorx");
    }

    private static String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/physiorx";
    }

    public static void startDatabase() {
        try {
            postgres = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir)
                    .setCleanDataDirectory(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void stopDatabase() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain connection as the owner (the role that migrated), to read what is stored behind the app's back. */
    public static Connection asOwner() throws SQLException {
        return DriverManager.getConnection(url(), "physiorx_owner", "physiorx_owner");
    }

    @Override
    public void stop() {
        stopDatabase();
    }
}
