package app.physiorx.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/** Checks the audit trail's hash chain from the genesis hash or the retention anchor, on a connection of its own. */
@ApplicationScoped
public class AuditVerification {
    private final AgroalDataSource dataSource;

    public AuditVerification(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the chain is intact, how many events were checked, and else the first broken row and why. */
    public record Verification(boolean intact, long checked, Long firstBrokenId, String problem) {
    }

    /** What a clinic admin hears when the chain breaks at another clinic's event (its id and its clinic stay hidden). */
    public static final String BROKEN_ELSEWHERE = "the chain breaks at an event outside your clinic: ask your operator to run the whole-trail check";

    /**
     * Recomputes the whole chain in id order: every row's hash must match its content and the previous
     * row's hash, and every row must name the previous row's hash. A changed row breaks its own hash;
     * a removed row breaks the link of the row after it. For operators: counts and names every event.
     */
    public Verification verify() {
        return verify(null);
    }

    /**
     * The same walk over the whole chain (each link depends on the row before, whoever made it), answered for one
     * clinic: only its events are counted, and a break is named only when it is at one of its events.
     */
    public Verification verifyForClinic(String clinicKey) {
        return verify(java.util.Objects.requireNonNull(clinicKey));
    }

    /**
     * The API's check: the checkpoints' own chain, then the events after the newest checkpoint re-hashed
     * (the whole chain while there is none). {@code checked} counts the clinic's events the answer vouches for:
     * those re-hashed now and those the checkpoints covered when they were written.
     */
    public record ChainCheck(boolean intact, long checked, Long firstBrokenId, String problem, long rehashedNow,
                             long fromEventId, Long checkpointId, java.time.Instant checkpointMadeAt, int checkpoints) {
    }

    /** The check from the newest checkpoint, counted and named for one clinic (null: every event). */
    public ChainCheck verifyFromCheckpoint(String clinicKey) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return AuditCheckpointCheck.check(c, clinicKey);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the audit trail could not be read", e);
        }
    }

    /** Work on one connection of the trail's own, in a transaction. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs the work in one transaction at this isolation on a connection of its own: committed, or rolled back on failure. */
    static <T> T inTransaction(AgroalDataSource dataSource, int isolation, String failure, SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(isolation);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(failure, e);
        }
    }

    private Verification verify(String clinicKey) {
        try (Connection c = dataSource.getConnection()) {
            return check(c, clinicKey);
        } catch (SQLException e) {
            throw new IllegalStateException("the audit trail could not be read", e);
        }
    }

    /**
     * The one chain walk, for the app (a pooled connection) and for operators' {@link AuditChainCommand} (plain
     * JDBC, no Quarkus). On a connection in auto-commit mode it reads anchor and events from one snapshot and
     * leaves the connection as it was; on a connection already inside a transaction it reads within that
     * transaction (and leaves it open). clinicKey null: the whole chain, every event counted and named.
     */
    public static Verification check(Connection c, String clinicKey) throws SQLException {
        if (!c.getAutoCommit()) {
            return walk(c, start(c), clinicKey);
        }
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // anchor and events from one snapshot
        try {
            return walk(c, start(c), clinicKey);
        } finally {
            c.rollback();
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(true);
        }
    }

    /** Where a walk starts: after this event (0: from the first), chaining from this hash. */
    public record Start(long afterId, String hash) {
    }

    /** A stretch of the chain re-hashed: its result, where it ended, and how many events of each clinic it held. */
    public record Segment(Verification verification, long lastId, String lastHash, long events, Map<String, Long> clinicCounts) {
    }

    /** The retention anchor (the events before it were purged), or the genesis hash. */
    static Start start(Connection c) throws SQLException {
        try (Statement anchor = c.createStatement();
             ResultSet a = anchor.executeQuery("select last_id, last_hash from audit_anchor order by id desc limit 1")) {
            return a.next() ? new Start(a.getLong(1), a.getString(2)) : new Start(0, AuditChain.GENESIS);
        }
    }

    private static Verification walk(Connection c, Start start, String clinicKey) throws SQLException {
        return walk(c, start, Long.MAX_VALUE, clinicKey, checked -> { }).verification();
    }

    /**
     * Re-hashes the events after {@code start.afterId()} up to {@code upToId} in id order, chaining from
     * {@code start.hash()}; {@code progress} hears the number of events walked every 10,000.
     */
    static Segment walk(Connection c, Start start, long upToId, String clinicKey, LongConsumer progress) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                select id, at, subject, actor_name, actor_role, clinic_key, action, resource_type, resource_id, patient_id,
                       outcome, request, client_address, user_agent, prev_hash, hash from audit_event
                where id > ? and id <= ? order by id""")) {
            st.setFetchSize(2000);
            st.setLong(1, start.afterId());
            st.setLong(2, upToId);
            String previous = start.hash();
            long lastId = start.afterId();
            long checked = 0;
            long walked = 0;
            Map<String, Long> counts = new TreeMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Long patient = rs.getObject(10) == null ? null : rs.getLong(10);
                    AuditEntry e = new AuditEntry(rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), patient, AuditEntry.Outcome.valueOf(rs.getString(11)),
                            rs.getString(12), rs.getString(13), rs.getString(14));
                    boolean counted = clinicKey == null || clinicKey.equals(e.clinicKey());
                    String prev = rs.getString(15);
                    String problem = !previous.equals(prev) ? "the row before it was removed or changed"
                            : !AuditChain.hash(prev, e).equals(rs.getString(16)) ? "its content does not match its hash" : null;
                    if (problem != null) {
                        Verification broken = counted ? new Verification(false, checked, id, problem)
                                : new Verification(false, checked, null, BROKEN_ELSEWHERE);
                        return new Segment(broken, id, null, walked, counts);
                    }
                    previous = rs.getString(16);
                    lastId = id;
                    counts.merge(e.clinicKey() == null ? "" : e.clinicKey(), 1L, Long::sum);
                    if (counted) {
                        checked++;
                    }
                    if (++walked % 10_000 == 0) {
                        progress.accept(walked);
                    }
                }
            }
            return new Segment(new Verification(true, checked, null, null), lastId, previous, walked, counts);
        }
    }
}
