package app.physiorx.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
public class ClinicService {
    private final EntityManager em;

    public ClinicService(EntityManager em) {
        this.em = em;
    }

    public record ClinicView(String name, String phone, long therapists, long clinicAdmins, long patientAccounts) {
    }

    /** One query: the clinic and how many of each role have signed in to it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClinicView summary(long clinicId) {
        List<Object[]> rows = em.createQuery("""
                select c.name, c.phone,
                       sum(case when p.role = 'therapist' then 1 else 0 end),
                       sum(case when p.role = 'clinic-admin' then 1 else 0 end),
                       sum(case when p.role = 'patient' then 1 else 0 end)
                from UserProfile p join p.clinic c where c.id = :clinic group by c.name, c.phone""", Object[].class)
                .setParameter("clinic", clinicId)
                .getResultList();
        Object[] r = rows.getFirst();
        return new ClinicView((String) r[0], (String) r[1], (Long) r[2], (Long) r[3], (Long) r[4]);
    }
}
