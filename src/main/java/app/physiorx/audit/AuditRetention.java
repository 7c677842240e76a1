package app.physiorx.audit;

import app.physiorx.config.PhysioRxConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Audit retention: with {@code PHYSIORX_AUDIT_RETENTION} (an ISO period such as P8Y) set, once a day
 * the events of the months that ended longer ago than that are removed through the database function
 * audit_purge, which drops each such month's partition whole and leaves an anchor so the rest of the chain
 * still verifies (an event is kept at least the retention, at most a month longer). Unset (the default),
 * nothing is ever deleted.
 */
@ApplicationScoped
public class AuditRetention {
    private static final Logger LOG = Logger.getLogger(AuditRetention.class);

    private final AgroalDataSource dataSource;
    private final Optional<Period> retention;
    private final AuditLog log;

    public AuditRetention(AgroalDataSource dataSource, PhysioRxConfig config, AuditLog log) {
        this.dataSource = dataSource;
        this.retention = config.audit().retention();
        this.log = log;
    }

    @Scheduled(cron = "{physiorx.audit.retention-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        retention.ifPresent(keep -> {
            Instant cutoff = wholeMonthsBefore(OffsetDateTime.now(ZoneOffset.UTC).minus(keep).toInstant());
            long removed = purgeBefore(cutoff);
            LOG.infof("Audit retention (%s): %d event(s) before %s removed", keep, removed, cutoff);
        });
    }

    /** The start (UTC) of the month this instant is in: the purge then takes whole months, each a partition. */
    static Instant wholeMonthsBefore(Instant cutoff) {
        return cutoff.atOffset(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * Removes the events before the cutoff (a prefix of the chain) and records that it did: the months that ended by
     * the cutoff as whole partitions, what the prefix holds beyond them row by row.
     */
    public long purgeBefore(Instant cutoff) {
        long removed;
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("select audit_purge(?)")) {
            st.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                removed = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the audit retention purge failed", e);
        }
        if (removed > 0) {
            log.record(new AuditEntry(Instant.now(), null, "retention", null, null, "audit.purge", "audit", String.valueOf(removed),
                    null, AuditEntry.Outcome.ALLOWED, "events before " + cutoff, null, null)).join();
        }
        return removed;
    }
}
