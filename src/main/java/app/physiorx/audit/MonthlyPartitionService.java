package app.physiorx.audit;

import app.physiorx.config.PhysioRxConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * The monthly partitions of the two tables that only grow, logged sessions and audit events (V22): every few
 * hours, once across instances (an advisory lock), the partitions of the current month and the next
 * {@code physiorx.partitions.months-ahead} are made if missing, by the database function
 * create_month_partitions (the owner's, so the app role never changes the tables itself). An insert for a month
 * without one still succeeds: it lands in the DEFAULT partition.
 */
@ApplicationScoped
public class MonthlyPartitionService {
    private static final Logger LOG = Logger.getLogger(MonthlyPartitionService.class);
    private static final long LOCK = 60063;

    private final AgroalDataSource dataSource;
    private final int monthsAhead;

    public MonthlyPartitionService(AgroalDataSource dataSource, PhysioRxConfig config) {
        this.dataSource = dataSource;
        this.monthsAhead = config.partitions().monthsAhead();
    }

    @Scheduled(every = "{physiorx.partitions.interval}", delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int created = ahead(LocalDate.now(ZoneOffset.UTC));
            if (created > 0) {
                LOG.infof("Monthly partitions: %d made ahead of time", created);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Monthly partitions could not be made now: %s", e.getMessage());
        }
    }

    /** Makes the missing partitions from today's month to {@code months-ahead} after it; answers how many (0 if another instance is at it). */
    public int ahead(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        return create(month, month.plusMonths(monthsAhead));
    }

    /** Makes the missing partitions of both tables for these months (inclusive); answers how many it made. */
    public int create(YearMonth first, YearMonth last) {
        return AuditVerification.inTransaction(dataSource, Connection.TRANSACTION_READ_COMMITTED,
                "the monthly partitions could not be made", c -> create(c, first, last));
    }

    private static int create(Connection c, YearMonth first, YearMonth last) throws SQLException {
        try (Statement lock = c.createStatement(); ResultSet rs = lock.executeQuery("select pg_try_advisory_xact_lock(" + LOCK + ")")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return 0; // another instance is at it
            }
        }
        try (PreparedStatement st = c.prepareStatement("select create_month_partitions(?, ?)")) {
            st.setObject(1, first.atDay(1));
            st.setObject(2, last.atDay(1));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
