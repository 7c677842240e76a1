package app.physiorx.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The clinic's people as other features need them: therapists to assign, names to show, head counts. */
@ApplicationScoped
public class StaffDirectory {
    private final EntityManager em;
    private final io.agroal.api.AgroalDataSource dataSource;

    public StaffDirectory(EntityManager em, io.agroal.api.AgroalDataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /** How many of each role have signed in to a clinic. */
    public record HeadCounts(long therapists, long clinicAdmins, long patientAccounts) {
    }

    /** Profiles of one role in a clinic. */
    public record RoleCount(String role, long count) {
    }

    /** Therapists of the clinic who have signed in at least once: for assigning and sharing patients. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffRef> therapists(long clinicId) {
        return em.createQuery("select new app.physiorx.account.StaffRef(u.id, u.displayName) from UserProfile u"
                        + " where u.clinicId = :clinic and u.role = :role order by u.displayName", StaffRef.class)
                .setParameter("clinic", clinicId).setParameter("role", Role.THERAPIST.claim).getResultList();
    }

    /** Whether this profile is a therapist of the clinic. */
    public boolean isTherapist(long clinicId, long userId) {
        return UserProfile.count("id = ?1 and clinicId = ?2 and role = ?3", userId, clinicId, Role.THERAPIST.claim) > 0;
    }

    /** Display names by profile id (one query for any number of ids). */
    public Map<Long, String> names(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select new app.physiorx.account.StaffRef(u.id, u.displayName) from UserProfile u"
                        + " where u.id in :ids", StaffRef.class)
                .setParameter("ids", userIds).getResultStream()
                .collect(Collectors.toMap(StaffRef::id, StaffRef::name));
    }

    /** One profile's name and email, for a handout's "your therapist" line. */
    public record Contact(String name, String email, long clinicId) {
    }

    public Contact contact(long userId) {
        return em.createQuery("select new app.physiorx.account.StaffDirectory$Contact(u.displayName, u.email, u.clinicId)"
                + " from UserProfile u where u.id = :id", Contact.class).setParameter("id", userId).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HeadCounts headCounts(long clinicId) {
        // counted per role from the index (clinic_id, role) alone: no visit to the rows of the clinic's patients
        Map<String, Long> byRole = new java.util.HashMap<>();
        for (RoleCount r : em.createQuery("select new app.physiorx.account.StaffDirectory$RoleCount(u.role, count(u))"
                + " from UserProfile u where u.clinicId = :clinic group by u.role", RoleCount.class)
                .setParameter("clinic", clinicId).getResultList()) {
            byRole.put(r.role(), r.count());
        }
        return new HeadCounts(byRole.getOrDefault("therapist", 0L), byRole.getOrDefault("clinic-admin", 0L),
                byRole.getOrDefault("patient", 0L));
    }

    /**
     * The role claim recorded for a Keycloak subject, empty if there is no profile or the database cannot
     * be read. Uses a connection of its own: the audit trail asks off the request, outside any transaction.
     */
    public java.util.Optional<String> recordedRole(String subject) {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement st = c.prepareStatement("select role from user_profile where subject = ?")) {
            st.setString(1, subject);
            try (java.sql.ResultSet rs = st.executeQuery()) {
                return rs.next() ? java.util.Optional.ofNullable(rs.getString(1)) : java.util.Optional.empty();
            }
        } catch (java.sql.SQLException e) {
            return java.util.Optional.empty();
        }
    }
}
