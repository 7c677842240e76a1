package app.physiorx.audit;

import app.physiorx.audit.AuditVerification.Segment;
import app.physiorx.audit.AuditVerification.Start;
import app.physiorx.config.PhysioRxConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Checkpoints of the audit chain: once a segment of {@code physiorx.audit.checkpoint-every} events
 * (10,000) after the newest checkpoint is complete, it is re-hashed and, if intact, a checkpoint is
 * appended: the segment's first and last event, the last hash, the events per clinic, chained to the
 * previous checkpoint's hash. Runs once across instances (an advisory lock); catching up after a long
 * pause writes at most 50 segments per run.
 */
@ApplicationScoped
public class AuditCheckpointService {
    private static final Logger LOG = Logger.getLogger(AuditCheckpointService.class);
    private static final int MAX_SEGMENTS_PER_RUN = 50;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** One stored checkpoint. */
    public record Checkpoint(long id, java.time.Instant madeAt, long firstEventId, long lastEventId, String lastHash, long events,
                             Map<String, Long> clinicCounts, String prevHash, String hash) {
        /** The hash this checkpoint must carry: its fields and the previous checkpoint's hash. */
        public String expectedHash() {
            return digest(prevHash, firstEventId, lastEventId, lastHash, events, clinicCounts);
        }
    }

    private final AgroalDataSource dataSource;
    private final int every;

    public AuditCheckpointService(AgroalDataSource dataSource, PhysioRxConfig config) {
        this.dataSource = dataSource;
        this.every = config.audit().checkpointEvery();
    }

    @Scheduled(every = "{physiorx.audit.checkpoint-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (every <= 0) {
            return;
        }
        try {
            catchUp(every);
        } catch (RuntimeException e) {
            LOG.warnf("Audit checkpoints could not be written now: %s", e.getMessage());
        }
    }

    /** Writes a checkpoint for each complete segment of {@code size} events; returns how many it wrote. */
    public int catchUp(int size) {
        return AuditVerification.inTransaction(dataSource, Connection.TRANSACTION_REPEATABLE_READ,
                "the audit checkpoints could not be written", c -> catchUp(c, size));
    }

    private static int catchUp(Connection c, int size) throws SQLException {
        try (Statement lock = c.createStatement(); ResultSet rs = lock.executeQuery("select pg_try_advisory_xact_lock(60061)")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return 0; // another instance is at it
            }
        }
        List<Checkpoint> all = list(c);
        Checkpoint last = all.isEmpty() ? null : all.getLast();
        Start anchor = AuditVerification.start(c);
        Start from = last != null && last.lastEventId() >= anchor.afterId() ? new Start(last.lastEventId(), last.lastHash()) : anchor;
        String prevHash = last == null ? AuditChain.GENESIS : last.hash();
        int written = 0;
        while (written < MAX_SEGMENTS_PER_RUN) {
            long[] range = segment(c, from.afterId(), size);
            if (range == null) {
                break;
            }
            Segment seg = AuditVerification.walk(c, from, range[1], null, walked -> { });
            if (!seg.verification().intact()) {
                LOG.warnf("No audit checkpoint after event %d: the chain breaks at event %d (%s)", from.afterId(),
                        seg.verification().firstBrokenId(), seg.verification().problem());
                break;
            }
            String hash = digest(prevHash, range[0], seg.lastId(), seg.lastHash(), seg.events(), seg.clinicCounts());
            insert(c, range[0], seg, prevHash, hash);
            prevHash = hash;
            from = new Start(seg.lastId(), seg.lastHash());
            written++;
        }
        return written;
    }

    /** The first and last id of the next complete segment after this event, or null while it is not complete. */
    private static long[] segment(Connection c, long afterId, int size) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                select min(id), max(id), count(*) from (select id from audit_event where id > ? order by id limit ?) s""")) {
            st.setLong(1, afterId);
            st.setInt(2, size);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(3) < size ? null : new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    private static void insert(Connection c, long firstId, Segment seg, String prevHash, String hash) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                insert into audit_checkpoint (first_event_id, last_event_id, last_hash, events, clinic_counts, prev_hash, hash)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?)""")) {
            st.setLong(1, firstId);
            st.setLong(2, seg.lastId());
            st.setString(3, seg.lastHash());
            st.setLong(4, seg.events());
            st.setString(5, json(seg.clinicCounts()));
            st.setString(6, prevHash);
            st.setString(7, hash);
            st.executeUpdate();
        }
    }

    /** Every checkpoint, oldest first (one per 10,000 events: a few hundred for millions of events). */
    static List<Checkpoint> list(Connection c) throws SQLException {
        List<Checkpoint> all = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select id, made_at, first_event_id, last_event_id, last_hash, events, clinic_counts::text, prev_hash, hash
                from audit_checkpoint order by id""")) {
            while (rs.next()) {
                all.add(new Checkpoint(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), rs.getLong(3),
                        rs.getLong(4), rs.getString(5), rs.getLong(6), counts(rs.getString(7)), rs.getString(8), rs.getString(9)));
            }
        }
        return all;
    }

    static String digest(String prevHash, long firstId, long lastId, String lastHash, long events, Map<String, Long> counts) {
        String canonical = String.join("\u001f", prevHash, Long.toString(firstId), Long.toString(lastId), lastHash,
                Long.toString(events), new TreeMap<>(counts).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(",")));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Map<String, Long> counts) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(counts));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Long> counts(String json) {
        try {
            return JSON.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<TreeMap<String, Long>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a checkpoint's clinic counts are not readable", e);
        }
    }
}
