package app.physiorx.auditreport;

import app.physiorx.account.Account;
import app.physiorx.auditreport.AuditService.AuditPage;
import app.physiorx.auditreport.AuditService.AuditView;
import app.physiorx.auditreport.AuditService.Filter;
import app.physiorx.auditreport.AuditService.Toucher;
import app.physiorx.common.DisplayText;
import app.physiorx.common.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/**
 * The audit report's reads of the audit trail ({@code audit_event}, {@code audit_anchor}, written by the audit
 * feature on its own connections), joined with {@code patient} for the patient's name and for the clinic's
 * patients: an event belongs to the admin's clinic when one of its users made it or it is about one of its
 * patients, which only a join in the same query can filter and page.
 */
@ApplicationScoped
public class AuditQueries {
    private final EntityManager em;

    public AuditQueries(EntityManager em) {
        this.em = em;
    }

    // not scoped: clinic admins only (the resource's role check); the name shows only for the admin's own clinic's patients
    private static final String COLUMNS = """
            a.id, a.at, a.subject, a.actor_name, a.actor_role, a.action, a.resource_type, a.resource_id, a.patient_id,
            (select p.first_name || ' ' || p.last_name from patient p where p.id = a.patient_id and p.clinic_id = :clinic),
            a.outcome, a.request, a.client_address, a.user_agent""";

    /**
     * How far the page's count goes; beyond it the page says "more than 1,000" (counting 10,000 index entries
     * took 17 ms of every page; the filters and the export reach the rest).
     */
    static final int COUNT_CAP = 1_000;

    /**
     * The ids of the admin's clinic's events, newest first: those its users made, and those about its patients
     * made from outside it (V20: outside_clinic_id), each an index range read newest first (for one patient: that patient's range).
     * {@code limit} null reads them all (the export, merged from both ranges as they stream).
     */
    private static String ids(Filter f, String limit) {
        String filters = filters(f);
        String cut = limit == null ? "" : " limit " + limit;
        if (f.patientId() != null) {
            return "select a.id from audit_event a where a.patient_id = :patientId"
                    + " and (a.clinic_key = :clinicKey or a.outside_clinic_id = :clinic)" + filters + " order by a.id desc" + cut;
        }
        return "(select a.id from audit_event a where a.clinic_key = :clinicKey" + filters + " order by a.id desc" + cut + ")"
                + " union all (select a.id from audit_event a where a.outside_clinic_id = :clinic" + filters
                + " order by a.id desc" + cut + ")";
    }

    private static String filters(Filter f) {
        StringBuilder w = new StringBuilder();
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

    /**
     * The events with these ids, with the patient's name when the patient is the clinic's own: looked up per row
     * by primary key (a join let the planner, which cannot tell an id is unique across the partitions, hash
     * every patient of the clinic for a page of 50).
     */
    private static String rows(String ids) {
        // not scoped: clinic admins only (the resource's role check); the ids are the admin's own clinic's
        return "select " + COLUMNS + " from (" + ids + ") ids join audit_event a on a.id = ids.id order by a.id desc";
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

    /**
     * A page of the clinic's events, newest first, and how many there are up to {@link #COUNT_CAP}: both read at
     * most offset + size + 1 (and cap + 1) entries of each index range, however long the trail.
     */
    AuditPage search(Account admin, Filter f, int page, int size) {
        Query count = em.createNativeQuery("select count(*) from (" + ids(f, String.valueOf(COUNT_CAP + 1)) + ") s");
        Query rows = em.createNativeQuery(rows("select id from (" + ids(f, ":reach") + ") u order by id desc limit :size offset :offset"));
        bind(count, admin, f);
        bind(rows, admin, f);
        rows.setParameter("reach", (page + 1) * size + 1).setParameter("size", size + 1).setParameter("offset", page * size);
        List<AuditView> found = Row.map(rows.getResultList(), AuditQueries::view);
        boolean older = found.size() > size;
        long total = Math.min(Row.of(count.getSingleResult()).getLong(0), COUNT_CAP + 1);
        return new AuditPage(older ? found.subList(0, size) : found, page, size, total, total > COUNT_CAP, older);
    }

    /** Everyone who touched the patient's record, most recent first. */
    List<Toucher> touchers(Account admin, long patientId) {
        Filter f = new Filter(patientId, null, null, null, null);
        Query q = em.createNativeQuery("""
                select a.actor_name, a.actor_role, a.subject, count(*), count(*) filter (where a.outcome <> 'ALLOWED'),
                       min(a.at), max(a.at) from audit_event a where a.id in (""" + ids(f, null) + """
                ) group by a.actor_name, a.actor_role, a.subject order by max(a.at) desc""");
        bind(q, admin, f);
        return Row.map(q.getResultList(), r -> new Toucher(DisplayText.name(r.getString(0)), r.getString(1), r.getString(2), r.getLong(3),
                r.getLong(4), r.getTime(5), r.getTime(6)));
    }

    /** Every filtered event, newest first, handed over one by one as the database cursor reads them. */
    void forEach(Account admin, Filter f, Consumer<AuditView> each) {
        Query q = em.createNativeQuery(rows(ids(f, null))).setHint("org.hibernate.fetchSize", 1000);
        bind(q, admin, f);
        try (java.util.stream.Stream<?> stream = q.getResultStream()) {
            stream.map(Row::of).map(AuditQueries::view).forEach(each);
        }
    }

    private static AuditView view(Row r) {
        return new AuditView(r.getLong(0), r.getTime(1), r.getString(2), DisplayText.name(r.getString(3)), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7), r.getLongOrNull(8), DisplayText.name(r.getString(9)), r.getString(10), r.getString(11),
                r.getString(12), r.getString(13));
    }
}
