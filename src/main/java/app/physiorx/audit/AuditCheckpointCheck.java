package app.physiorx.audit;

import app.physiorx.audit.AuditCheckpointService.Checkpoint;
import app.physiorx.audit.AuditVerification.ChainCheck;
import app.physiorx.audit.AuditVerification.Segment;
import app.physiorx.audit.AuditVerification.Start;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The incremental check on one snapshot: checkpoints first, then the events after the newest one. */
final class AuditCheckpointCheck {
    private AuditCheckpointCheck() {
    }

    static ChainCheck check(Connection c, String clinicKey) throws SQLException {
        Start anchor = AuditVerification.start(c);
        List<Checkpoint> checkpoints = AuditCheckpointService.list(c);
        String previous = AuditChain.GENESIS;
        for (Checkpoint cp : checkpoints) {
            if (!cp.prevHash().equals(previous) || !cp.expectedHash().equals(cp.hash())) {
                return new ChainCheck(false, 0, null, "checkpoint " + cp.id() + " was changed or removed: run the full check",
                        0, 0, cp.id(), cp.madeAt(), checkpoints.size());
            }
            previous = cp.hash();
        }
        Checkpoint newest = checkpoints.isEmpty() ? null : checkpoints.getLast();
        boolean fromCheckpoint = newest != null && newest.lastEventId() >= anchor.afterId();
        Start from = fromCheckpoint ? new Start(newest.lastEventId(), newest.lastHash()) : anchor;
        if (fromCheckpoint && newest.lastEventId() > anchor.afterId()) {
            String problem = boundary(c, newest);
            if (problem != null) {
                return new ChainCheck(false, 0, named(c, newest.lastEventId(), clinicKey), problem, 0, from.afterId(),
                        newest.id(), newest.madeAt(), checkpoints.size());
            }
        }
        Segment tail = AuditVerification.walk(c, from, Long.MAX_VALUE, clinicKey, walked -> { });
        long covered = fromCheckpoint ? covered(c, checkpoints, anchor, clinicKey) : 0;
        var v = tail.verification();
        return new ChainCheck(v.intact(), covered + v.checked(), v.firstBrokenId(), v.problem(), v.checked(), from.afterId(),
                fromCheckpoint ? newest.id() : null, fromCheckpoint ? newest.madeAt() : null, checkpoints.size());
    }

    /** The checkpoint's last event must still be there with the hash the checkpoint recorded. */
    private static String boundary(Connection c, Checkpoint cp) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select hash from audit_event where id = ?")) {
            st.setLong(1, cp.lastEventId());
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return "the last event of checkpoint " + cp.id() + " was removed";
                }
                return rs.getString(1).equals(cp.lastHash()) ? null : "its hash differs from checkpoint " + cp.id();
            }
        }
    }

    /** The event's id when it is the clinic's own (or for the operator), else null. */
    private static Long named(Connection c, long eventId, String clinicKey) throws SQLException {
        if (clinicKey == null) {
            return eventId;
        }
        try (PreparedStatement st = c.prepareStatement("select clinic_key from audit_event where id = ?")) {
            st.setLong(1, eventId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && clinicKey.equals(rs.getString(1)) ? eventId : null;
            }
        }
    }

    /**
     * The clinic's events the checkpoints vouch for after the retention anchor: their counts, except for a
     * segment the purge cut into, whose remaining events are counted (at most one segment, by primary key).
     */
    private static long covered(Connection c, List<Checkpoint> checkpoints, Start anchor, String clinicKey) throws SQLException {
        long covered = 0;
        for (Checkpoint cp : checkpoints) {
            if (cp.lastEventId() <= anchor.afterId()) {
                continue;
            }
            if (cp.firstEventId() > anchor.afterId()) {
                covered += clinicKey == null ? cp.events() : cp.clinicCounts().getOrDefault(clinicKey, 0L);
                continue;
            }
            try (PreparedStatement st = c.prepareStatement("""
                    select count(*) from audit_event where id > ? and id <= ? and (cast(? as varchar) is null or clinic_key = ?)""")) {
                st.setLong(1, anchor.afterId());
                st.setLong(2, cp.lastEventId());
                st.setString(3, clinicKey);
                st.setString(4, clinicKey);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    covered += rs.getLong(1);
                }
            }
        }
        return covered;
    }
}
