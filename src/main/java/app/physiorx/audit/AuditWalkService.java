package app.physiorx.audit;

import app.physiorx.audit.AuditVerification.Segment;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The full walk of the audit chain as a background job: one run at a time across instances, its
 * progress written every 10,000 events, and its result stored with when it ran and up to which event.
 * A run whose instance went away (no progress for two minutes) counts as failed and a new one may start.
 */
@ApplicationScoped
public class AuditWalkService {
    private static final Logger LOG = Logger.getLogger(AuditWalkService.class);

    /** One run. {@code firstBrokenId} and {@code brokenClinicKey} name where the chain broke, if it did. */
    public record Walk(long id, String status, Instant startedAt, String startedBy, Instant finishedAt, long upToId,
                       long total, long checked, Long firstBrokenId, String brokenClinicKey, String problem) {
        public boolean running() {
            return "RUNNING".equals(status);
        }

        /** How far it got, 0-100. */
        public int percent() {
            return total <= 0 ? 100 : (int) Math.min(100, checked * 100 / total);
        }
    }

    private final AgroalDataSource dataSource;

    public AuditWalkService(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(cron = "{physiorx.audit.full-walk-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        try {
            start("scheduled");
        } catch (RuntimeException e) {
            LOG.warnf("The nightly audit walk could not start: %s", e.getMessage());
        }
    }

    private record Claimed(Walk walk, boolean created) {
    }

    /** Starts a run in the background unless one is running; answers the run that is now going on. */
    public Walk start(String who) {
        Claimed claimed = AuditVerification.inTransaction(dataSource, Connection.TRANSACTION_READ_COMMITTED,
                "the audit walk could not start", c -> claim(c, who));
        if (claimed.created()) {
            Thread.ofVirtual().name("audit-walk-" + claimed.walk().id()).start(() -> run(claimed.walk()));
        }
        return claimed.walk();
    }

    /** The newest run, if any ran. */
    public Optional<Walk> latest() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(SELECT + " order by id desc limit 1")) {
            return rs.next() ? Optional.of(walk(rs)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("the audit walks could not be read", e);
        }
    }

    private static final String SELECT = """
            select id, status, started_at, started_by, finished_at, up_to_id, total, checked, first_broken_id, broken_clinic_key,
                   problem from audit_walk""";

    private Claimed claim(Connection c, String who) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("select pg_advisory_xact_lock(60062)");
            st.executeUpdate("""
                    update audit_walk set status = 'FAILED', finished_at = now(), problem = 'stopped before the end (the instance went away)'
                    where status = 'RUNNING' and heartbeat_at < now() - interval '2 minutes'""");
            try (ResultSet rs = st.executeQuery(SELECT + " where status = 'RUNNING' order by id desc limit 1")) {
                if (rs.next()) {
                    return new Claimed(walk(rs), false);
                }
            }
        }
        try (PreparedStatement st = c.prepareStatement("""
                insert into audit_walk (started_by, status, up_to_id, total)
                select ?, 'RUNNING', coalesce(max(id), 0),
                       coalesce(max(id), 0) - coalesce((select last_id from audit_anchor order by id desc limit 1), 0)
                from audit_event
                returning id, status, started_at, started_by, finished_at, up_to_id, total, checked, first_broken_id,
                          broken_clinic_key, problem""")) {
            st.setString(1, who);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new Claimed(walk(rs), true);
            }
        }
    }

    private void run(Walk walk) {
        try (Connection c = dataSource.getConnection(); Connection progress = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                Segment seg = AuditVerification.walk(c, AuditVerification.start(c), walk.upToId(), null,
                        walked -> progress(progress, walk.id(), walked));
                finish(progress, walk.id(), seg, clinicOf(c, seg.verification().firstBrokenId()));
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("The audit walk %d failed: %s", walk.id(), e.getMessage());
            try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                    "update audit_walk set status = 'FAILED', finished_at = now(), problem = ? where id = ?")) {
                st.setString(1, "the walk could not finish: the database did not answer");
                st.setLong(2, walk.id());
                st.executeUpdate();
            } catch (SQLException ignored) {
                // the stale run is marked failed by the next start
            }
        }
    }

    private static void progress(Connection c, long id, long walked) {
        try (PreparedStatement st = c.prepareStatement("update audit_walk set checked = ?, heartbeat_at = now() where id = ?")) {
            st.setLong(1, walked);
            st.setLong(2, id);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the walk's progress could not be written", e);
        }
    }

    private static void finish(Connection c, long id, Segment seg, String brokenClinic) throws SQLException {
        var v = seg.verification();
        try (PreparedStatement st = c.prepareStatement("""
                update audit_walk set status = ?, finished_at = now(), heartbeat_at = now(), checked = ?, first_broken_id = ?,
                       broken_clinic_key = ?, problem = ? where id = ?""")) {
            st.setString(1, v.intact() ? "INTACT" : "BROKEN");
            st.setLong(2, seg.events());
            st.setObject(3, v.firstBrokenId());
            st.setString(4, brokenClinic);
            st.setString(5, v.problem());
            st.setLong(6, id);
            st.executeUpdate();
        }
    }

    private static String clinicOf(Connection c, Long eventId) throws SQLException {
        if (eventId == null) {
            return null;
        }
        try (PreparedStatement st = c.prepareStatement("select clinic_key from audit_event where id = ?")) {
            st.setLong(1, eventId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static Walk walk(ResultSet rs) throws SQLException {
        OffsetDateTime finished = rs.getObject(5, OffsetDateTime.class);
        return new Walk(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4),
                finished == null ? null : finished.toInstant(), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                (Long) rs.getObject(9), rs.getString(10), rs.getString(11));
    }
}
