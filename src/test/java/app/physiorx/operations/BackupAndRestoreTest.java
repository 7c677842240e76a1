package app.physiorx.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import app.physiorx.support.LoggingPatient;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * bin/backup and bin/restore as an operator runs them: the test database is backed up, restored into a
 * new empty database, and the copy holds the same rows in every table and an intact audit chain.
 */
@QuarkusTest
class BackupAndRestoreTest {

    /**
     * The source's row counts once no more rows arrive: a request's audit event (this test's, or a page's request
     * from the browser test before) can land just after its response, which would put it in the backup but not in
     * the counts.
     */
    private static Map<String, Long> settled(String source) throws Exception {
        Map<String, Long> last = counts(source);
        for (int i = 0; i < 40; i++) {
            Thread.sleep(250);
            Map<String, Long> now = counts(source);
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private static Map<String, Long> withoutAudit(Map<String, Long> counts) {
        Map<String, Long> rest = new TreeMap<>(counts);
        rest.keySet().removeIf(table -> table.startsWith("audit_event"));
        return rest;
    }

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHasTheSameRowsAndAnIntactAuditTrail() throws Exception {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        patient.log(patient.session(3, 2));
        Api.as("therapist1").get("/api/patients/" + patient.id()).then().statusCode(200);

        URI db = URI.create(setting("quarkus.datasource.jdbc.url").substring("jdbc:".length()));
        String source = db.getPath().substring(1);
        String target = "physiorx_restore_check_" + System.nanoTime();
        Map<String, Long> before = settled(source);
        Path dir = Files.createTempDirectory("physiorx-backup");
        try {
            ownerSql("postgres", "create database " + target);
            Result backup = run(db, source, "bin/backup", dir.toString());
            assertEquals(0, backup.code(), backup.output());
            String file = backup.stdout().strip().lines().reduce((a, b) -> b).orElseThrow();
            assertTrue(Files.size(Path.of(file)) > 0, file);

            Result restore = run(db, target, "bin/restore", file);
            assertEquals(0, restore.code(), restore.output());
            assertTrue(restore.stdout().contains("audit trail intact"), restore.output());
            Map<String, Long> after = counts(target);
            // the audit trail only grows: an event written between the counts and the dump is in the copy too
            assertEquals(withoutAudit(before), withoutAudit(after), "every table has the same rows");
            for (Map.Entry<String, Long> audit : before.entrySet()) {
                if (audit.getKey().startsWith("audit_event")) {
                    assertTrue(after.get(audit.getKey()) >= audit.getValue(), audit.getKey() + ": " + after.get(audit.getKey()));
                }
            }

            Result again = run(db, target, "bin/restore", file);
            assertTrue(again.code() != 0 && again.output().contains("is not empty"), "a second restore is refused: " + again.output());
        } finally {
            ownerSql("postgres", "drop database if exists " + target + " with (force)");
        }
    }

    record Result(int code, String stdout, String output) {
    }

    private static Result run(URI db, String database, String script, String argument) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(script).toAbsolutePath().toString(), argument);
        Map<String, String> env = pb.environment();
        env.put("PHYSIORX_DB_HOST", db.getHost());
        env.put("PHYSIORX_DB_PORT", String.valueOf(db.getPort()));
        env.put("PHYSIORX_DB_NAME", database);
        env.put("PHYSIORX_DB_OWNER", setting("quarkus.flyway.username"));
        env.put("PHYSIORX_DB_OWNER_PASSWORD", setting("quarkus.flyway.password"));
        env.put("PHYSIORX_DB_USER", setting("quarkus.datasource.username"));
        env.put("PHYSIORX_DB_PASSWORD", setting("quarkus.datasource.password"));
        env.remove("PHYSIORX_DB_URL");
        env.put("PHYSIORX_APP_DIR", "/nonexistent"); // the classes of this build, not an older package in target/
        Path err = Files.createTempFile("physiorx-script", ".err");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), script + " did not finish");
        String errors = Files.readString(err);
        Files.delete(err);
        return new Result(p.exitValue(), out, out + errors);
    }

    /** Rows per table of the public schema. */
    private static Map<String, Long> counts(String database) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = owner(database); Statement st = c.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = st.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("select count(*) from \"" + t + "\"")) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        assertTrue(counts.getOrDefault("audit_event", 0L) > 0, "the trail has events: " + counts);
        return counts;
    }

    private static void ownerSql(String database, String sql) throws SQLException {
        try (Connection c = owner(database); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static Connection owner(String database) throws SQLException {
        String url = setting("quarkus.datasource.jdbc.url");
        String base = url.substring(0, url.lastIndexOf('/') + 1);
        return DriverManager.getConnection(base + database, setting("quarkus.flyway.username"), setting("quarkus.flyway.password"));
    }

    private static String setting(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }
}
