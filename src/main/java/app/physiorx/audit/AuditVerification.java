package app.physiorx.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

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

    /**
     * Recomputes the whole chain in id order: every row's hash must match its content and the previous
     * row's hash, and every row must name the previous row's hash. A changed row breaks its own hash;
     * a removed row breaks the link of the row after it.
     */
    public Verification verify() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // anchor and events from one snapshot
            String start = AuditChain.GENESIS;
            try (Statement anchor = c.createStatement();
                 ResultSet a = anchor.executeQuery("select last_hash from audit_anchor order by id desc limit 1")) {
                if (a.next()) {
                    start = a.getString(1); // events before it were removed by the retention purge
                }
            }
            try (PreparedStatement st = c.prepareStatement("""
                    select id, at, subject, actor_name, actor_role, clinic_key, action, resource_type, resource_id, patient_id,
                           outcome, request, client_address, user_agent, prev_hash, hash from audit_event order by id""")) {
                st.setFetchSize(2000);
                String previous = start;
                long checked = 0;
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        Long patient = rs.getObject(10) == null ? null : rs.getLong(10);
                        AuditEntry e = new AuditEntry(rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9), patient, AuditEntry.Outcome.valueOf(rs.getString(11)),
                                rs.getString(12), rs.getString(13), rs.getString(14));
                        String prev = rs.getString(15);
                        String hash = rs.getString(16);
                        if (!previous.equals(prev)) {
                            return new Verification(false, checked, id, "the row before it was removed or changed");
                        }
                        if (!AuditChain.hash(prev, e).equals(hash)) {
                            return new Verification(false, checked, id, "its content does not match its hash");
                        }
                        previous = hash;
                        checked++;
                    }
                }
                return new Verification(true, checked, null, null);
            } finally {
                c.rollback();
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the audit trail could not be read", e);
        }
    }
}
