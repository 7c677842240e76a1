package app.physiorx.auditreport;

import app.physiorx.audit.AuditEntry;
import app.physiorx.audit.AuditChain;
import app.physiorx.account.Account;
import app.physiorx.patient.PatientService;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static app.physiorx.common.Row.toTime;

/** Reading the audit trail (clinic admins, their clinic only) and verifying its hash chain. */
@ApplicationScoped
public class AuditService {
    public static final int EXPORT_LIMIT = 100_000;

    private final EntityManager em;
    private final PatientService patients;
    private final AgroalDataSource dataSource;

    public AuditService(EntityManager em, PatientService patients, AgroalDataSource dataSource) {
        this.em = em;
        this.patients = patients;
        this.dataSource = dataSource;
    }

    public record Filter(Long patientId, String user, String action, LocalDate from, LocalDate to) {
        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    public record AuditView(long id, OffsetDateTime at, String subject, String actorName, String actorRole, String action,
                            String resourceType, String resourceId, Long patientId, String patientName, String outcome,
                            String request, String clientAddress, String userAgent) {
    }

    public record AuditPage(List<AuditView> events, int page, int size, long total) {
        public boolean hasOlder() {
            return (long) (page + 1) * size < total;
        }

        public int older() {
            return page + 1;
        }

        public int newer() {
            return page - 1;
        }
    }

    /** Everyone who touched one patient's record: who, in which role, how often, first and last time. */
    public record Toucher(String actorName, String actorRole, String subject, long events, long denied,
                          OffsetDateTime first, OffsetDateTime last) {
    }

    public record AccessReport(long patientId, String patientName, List<Toucher> touchers, List<AuditView> events) {
    }

    public record Verification(boolean intact, long checked, Long firstBrokenId, String problem) {
    }

    private static final String COLUMNS = """
            a.id, a.at, a.subject, a.actor_name, a.actor_role, a.action, a.resource_type, a.resource_id, a.patient_id,
            p.first_name || ' ' || p.last_name, a.outcome, a.request, a.client_address, a.user_agent""";

    /** Events of the admin's clinic: by its users, or about its patients. */
    private static String where(Filter f) {
        StringBuilder w = new StringBuilder(" " + """
                from audit_event a left join patient p on p.id = a.patient_id and p.clinic_id = :clinic
                where (a.clinic_key = :clinicKey or a.patient_id in (select x.id from patient x where x.clinic_id = :clinic))""");
        if (f.patientId() != null) {
            w.append(" and a.patient_id = :patientId");
        }
        if (f.user() != null && !f.user().isBlank()) {
            w.append(" and (a.subject = :user or lower(a.actor_name) like :userLike)");
        }
        if (f.action() != null && !f.action().isBlank()) {
            w.append(" and a.action like :action");
        }
        if (f.from() != null) {
            w.append(" and a.at >= :from");
        }
        if (f.to() != null) {
            w.append(" and a.at < :to");
        }
        return w.toString();
    }

    private static void bind(Query q, Account admin, Filter f) {
        q.setParameter("clinic", admin.clinicId()).setParameter("clinicKey", admin.clinicKey());
        if (f.patientId() != null) {
            q.setParameter("patientId", f.patientId());
        }
        if (f.user() != null && !f.user().isBlank()) {
            q.setParameter("user", f.user().strip()).setParameter("userLike", "%" + f.user().strip().toLowerCase() + "%");
        }
        if (f.action() != null && !f.action().isBlank()) {
            q.setParameter("action", f.action().strip().replace("%", "") + "%");
        }
        if (f.from() != null) {
            q.setParameter("from", f.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (f.to() != null) {
            q.setParameter("to", f.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditPage search(Account admin, Filter f, int page, int size) {
        Query count = em.createNativeQuery("select count(*)" + where(f));
        Query rows = em.createNativeQuery("select " + COLUMNS + where(f) + " order by a.id desc limit :limit offset :offset");
        bind(count, admin, f);
        bind(rows, admin, f);
        rows.setParameter("limit", size).setParameter("offset", page * size);
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        return new AuditPage(found.stream().map(AuditService::view).toList(), page, size,
                ((Number) count.getSingleResult()).longValue());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccessReport accessReport(Account admin, long patientId) {
        var patient = patients.visible(admin, patientId);
        Filter f = new Filter(patientId, null, null, null, null);
        Query q = em.createNativeQuery("""
                select a.actor_name, a.actor_role, a.subject, count(*), count(*) filter (where a.outcome <> 'ALLOWED'),
                       min(a.at), max(a.at)""" + where(f) + " group by a.actor_name, a.actor_role, a.subject order by max(a.at) desc");
        bind(q, admin, f);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<Toucher> touchers = rows.stream().map(r -> new Toucher((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), toTime(r[5]), toTime(r[6]))).toList();
        return new AccessReport(patientId, patient.name(), touchers,
                search(admin, f, 0, 200).events());
    }

    /** The filtered events as CSV (newest first, at most {@link #EXPORT_LIMIT} rows), written as they are read. */
    @Transactional
    public void exportCsv(Account admin, Filter f, OutputStream out) {
        Query q = em.createNativeQuery("select " + COLUMNS + where(f) + " order by a.id desc limit " + EXPORT_LIMIT);
        bind(q, admin, f);
        try {
            out.write("id,at_utc,user,user_name,role,action,resource_type,resource_id,patient_id,patient,outcome,request,client_address,user_agent\n"
                    .getBytes(StandardCharsets.UTF_8));
            @SuppressWarnings("unchecked")
            var stream = (java.util.stream.Stream<Object[]>) q.getResultStream();
            try (stream) {
                stream.forEach(r -> {
                    AuditView v = view(r);
                    String line = String.join(",", String.valueOf(v.id()), v.at().toString(), csv(v.subject()), csv(v.actorName()),
                            csv(v.actorRole()), csv(v.action()), csv(v.resourceType()), csv(v.resourceId()),
                            v.patientId() == null ? "" : v.patientId().toString(), csv(v.patientName()), v.outcome(),
                            csv(v.request()), csv(v.clientAddress()), csv(v.userAgent())) + "\n";
                    try {
                        out.write(line.getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV field, quoted; a leading = + - @ is defused so spreadsheets never run it as a formula. */
    public static String csv(String s) {
        if (s == null) {
            return "";
        }
        String v = s.matches("^[=+\\-@\t\r].*") ? "'" + s : s;
        return "\"" + v.replace("\"", "\"\"") + "\"";
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

    private static AuditView view(Object[] r) {
        return new AuditView(((Number) r[0]).longValue(), toTime(r[1]), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], r[8] == null ? null : ((Number) r[8]).longValue(), (String) r[9],
                (String) r[10], (String) r[11], (String) r[12], (String) r[13]);
    }

}
