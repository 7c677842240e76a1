package app.physiorx.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Writes audit events. Requests hand their event over and their response waits until it is
 * committed, so no answered request lacks its event; one writer thread per instance stores what
 * has queued up in one transaction (group commit), which keeps the cost per request small. The
 * hash chain runs across instances: each batch takes a PostgreSQL advisory lock, reads the last
 * hash and chains on from it, so ids and the chain share one order.
 */
@ApplicationScoped
public class AuditLog {
    private static final Logger LOG = Logger.getLogger(AuditLog.class);
    private static final long CHAIN_LOCK = 70070;

    private record Pending(AuditEntry entry, CompletableFuture<Void> done) {
    }

    private final AgroalDataSource dataSource;
    private final boolean enabled;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(100_000);
    private volatile boolean running = true;
    private Thread writer;

    public AuditLog(AgroalDataSource dataSource, @ConfigProperty(name = "physiorx.audit.enabled") boolean enabled) {
        this.dataSource = dataSource;
        this.enabled = enabled;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.warn("The audit trail is switched off (physiorx.audit.enabled=false): only for measuring its cost");
            return;
        }
        writer = Thread.ofPlatform().daemon().name("audit-writer").start(this::run);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (writer != null) {
            writer.join(5_000);
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing at shutdown
            }
        }
    }

    /** Queues the event; the future completes once it is stored (or fails when it could not be). */
    public CompletableFuture<Void> record(AuditEntry entry) {
        if (!enabled) {
            return CompletableFuture.completedFuture(null);
        }
        Pending p = new Pending(entry, new CompletableFuture<>());
        if (!queue.offer(p)) {
            p.done().completeExceptionally(new IllegalStateException("audit queue full"));
        }
        return p.done();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.clear();
                batch.add(first);
                queue.drainTo(batch, 999);
                writeWithRetry(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void writeWithRetry(List<Pending> batch) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                write(batch);
                batch.forEach(p -> p.done().complete(null));
                return;
            } catch (SQLException e) {
                if (attempt >= 3) {
                    LOG.errorf(e, "Could not store %d audit event(s)", batch.size());
                    batch.forEach(p -> p.done().completeExceptionally(e));
                    return;
                }
                Thread.sleep(50L * attempt);
            }
        }
    }

    /** The writer's own connection, kept open between batches (no pool round trip, no autocommit switching). */
    private Connection connection;

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
        }
        return connection;
    }

    private void write(List<Pending> batch) throws SQLException {
        Connection c = connection();
        try {
            String previous;
            try (Statement st = c.createStatement()) {
                // one round trip: take the chain lock, then read the chain's head (its own snapshot, after the lock)
                // (after a retention purge removed every event, the chain goes on from the purge's anchor)
                st.execute("select pg_advisory_xact_lock(" + CHAIN_LOCK + "); select coalesce("
                        + "(select hash from audit_event order by id desc limit 1), "
                        + "(select last_hash from audit_anchor order by id desc limit 1))");
                st.getMoreResults();
                try (ResultSet rs = st.getResultSet()) {
                    previous = rs.next() && rs.getString(1) != null ? rs.getString(1) : AuditChain.GENESIS;
                }
            }
            try (PreparedStatement ins = c.prepareStatement(insert(batch.size()))) {
                int i = 1;
                for (Pending p : batch) {
                    AuditEntry e = p.entry();
                    String hash = AuditChain.hash(previous, e);
                    ins.setObject(i++, java.time.OffsetDateTime.ofInstant(e.at(), java.time.ZoneOffset.UTC));
                    ins.setString(i++, e.subject());
                    ins.setString(i++, e.actorName());
                    ins.setString(i++, e.actorRole());
                    ins.setString(i++, e.clinicKey());
                    ins.setString(i++, e.action());
                    ins.setString(i++, e.resourceType());
                    ins.setString(i++, e.resourceId());
                    ins.setObject(i++, e.patientId(), Types.BIGINT);
                    ins.setString(i++, e.outcome().name());
                    ins.setString(i++, e.request());
                    ins.setString(i++, e.clientAddress());
                    ins.setString(i++, e.userAgent());
                    ins.setString(i++, previous);
                    ins.setString(i++, hash);
                    previous = hash;
                }
                ins.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is gone: a new one is taken below
            }
            try {
                c.close();
            } catch (SQLException ignored) {
                // already closed
            }
            connection = null;
            throw e;
        }
    }

    /** One multi-row insert: ids (and with them the chain's order) follow the batch's order. */
    private static String insert(int rows) {
        StringBuilder sql = new StringBuilder("""
                insert into audit_event (at, subject, actor_name, actor_role, clinic_key, action, resource_type,
                    resource_id, patient_id, outcome, request, client_address, user_agent, prev_hash, hash) values """);
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        return sql.toString();
    }
}
