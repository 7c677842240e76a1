package app.physiorx.audit;

import app.physiorx.config.PhysioRxConfig;
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
import org.jboss.logging.Logger;

/**
 * Writes audit events. Requests hand their event over and their response waits until it is
 * committed, so no answered request lacks its event; one writer thread per instance stores what
 * has queued up in one statement (group commit), which keeps the cost per request small. The
 * hash chain runs across instances: a batch is appended only if the chain's head (table
 * audit_head) is still the hash it chained from, moved in the same statement, so batches of all
 * instances append one at a time and ids and the chain share one order.
 */
@ApplicationScoped
public class AuditLog {
    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    private record Pending(AuditEntry entry, CompletableFuture<Void> done) {
    }

    private final AgroalDataSource dataSource;
    private final boolean enabled;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(100_000);
    private volatile boolean running = true;
    private Thread writer;

    public AuditLog(AgroalDataSource dataSource, PhysioRxConfig config) {
        this.dataSource = dataSource;
        this.enabled = config.audit().enabled();
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

    /** The writer's own connection, kept open between batches (no pool round trip), in autocommit. */
    private Connection connection;
    /** The head this instance last wrote or read; another instance may have moved it since. */
    private String head;

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            head = null;
        }
        return connection;
    }

    private String readHead(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select hash from audit_head where id = 1")) {
            return rs.next() ? rs.getString(1) : AuditChain.GENESIS;
        }
    }

    /**
     * One statement, one round trip, its own transaction: move the head from the hash this batch
     * chains on to its last hash, and insert the batch only if that move succeeded. When another
     * instance appended meanwhile, nothing is written; the head is read again and the batch re-chained.
     */
    private void write(List<Pending> batch) throws SQLException {
        Connection c = connection();
        try {
            for (int attempt = 0; attempt < 100; attempt++) {
                if (head == null) {
                    head = readHead(c);
                }
                String previous = head;
                List<String> hashes = new ArrayList<>(batch.size());
                for (Pending p : batch) {
                    previous = AuditChain.hash(previous, p.entry());
                    hashes.add(previous);
                }
                try (PreparedStatement ins = c.prepareStatement(insert(batch.size()))) {
                    int i = 1;
                    ins.setString(i++, previous);
                    ins.setString(i++, head);
                    String prev = head;
                    for (int k = 0; k < batch.size(); k++) {
                        AuditEntry e = batch.get(k).entry();
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
                        ins.setString(i++, prev);
                        ins.setString(i++, hashes.get(k));
                        prev = hashes.get(k);
                    }
                    if (ins.executeUpdate() == batch.size()) {
                        head = previous;
                        return;
                    }
                }
                head = null; // another instance appended first: chain on from its head
            }
            throw new SQLException("the audit chain's head kept moving");
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already gone
            }
            connection = null;
            throw e;
        }
    }

    /** The conditional head move and the batch's rows (ids, and with them the chain's order, follow the rows' order). */
    private static String insert(int rows) {
        StringBuilder sql = new StringBuilder("""
                with moved as (update audit_head set hash = ? where id = 1 and hash = ? returning id)
                insert into audit_event (at, subject, actor_name, actor_role, clinic_key, action, resource_type,
                    resource_id, patient_id, outcome, request, client_address, user_agent, prev_hash, hash)
                select v.* from (values """);
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ",").append(r == 0
                    ? "(?::timestamptz, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar,"
                      + " ?::bigint, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::char(64), ?::char(64))"
                    : "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        return sql.append(") v where exists (select 1 from moved)").toString();
    }
}
