package app.physiorx.clinic;

import app.physiorx.common.NotFoundException;
import app.physiorx.account.Role;
import app.physiorx.account.StaffRef;
import app.physiorx.account.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

@ApplicationScoped
public class ClinicService {
    private final EntityManager em;

    public ClinicService(EntityManager em) {
        this.em = em;
    }

    public record ClinicView(String name, String phone, PaperSize paperSize, long therapists, long clinicAdmins,
                             long patientAccounts) {
    }

    /** What a clinic admin may change. */
    public record ClinicSettings(
            @NotBlank @Size(max = 120) String name,
            @Size(max = 40) @Pattern(regexp = "[0-9+()./ -]*", message = "may contain only digits, spaces and + ( ) . / -") String phone,
            @NotNull PaperSize paperSize) {
    }

    /** Therapists of the clinic who have signed in at least once: for assigning and sharing patients. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffRef> therapists(long clinicId) {
        return UserProfile.<UserProfile>list("clinic.id = ?1 and role = ?2 order by displayName", clinicId,
                Role.THERAPIST.claim).stream().map(u -> new StaffRef(u.id, u.displayName)).toList();
    }

    /** One query: the clinic and how many of each role have signed in to it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClinicView summary(long clinicId) {
        List<Object[]> rows = em.createQuery("""
                select c.name, c.phone, c.paperSize,
                       coalesce(sum(case when p.role = 'therapist' then 1 else 0 end), 0),
                       coalesce(sum(case when p.role = 'clinic-admin' then 1 else 0 end), 0),
                       coalesce(sum(case when p.role = 'patient' then 1 else 0 end), 0)
                from Clinic c left join UserProfile p on p.clinic = c
                where c.id = :clinic group by c.name, c.phone, c.paperSize""", Object[].class)
                .setParameter("clinic", clinicId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("The clinic");
        }
        Object[] r = rows.getFirst();
        return new ClinicView((String) r[0], (String) r[1], (PaperSize) r[2], ((Number) r[3]).longValue(),
                ((Number) r[4]).longValue(), ((Number) r[5]).longValue());
    }

    /** A PNG or JPEG logo for the handouts (at most 2 MB, checked by its content). */
    @Transactional
    public void setLogo(long clinicId, byte[] data) {
        app.physiorx.exercise.ExerciseImageService.detectType(data);
        app.physiorx.exercise.ExerciseImageService.decode(data);
        Clinic clinic = Clinic.findById(clinicId);
        clinic.logo = data;
        clinic.logoUpdatedAt = java.time.OffsetDateTime.now();
    }

    @Transactional
    public ClinicView update(long clinicId, ClinicSettings settings) {
        Clinic clinic = Clinic.findById(clinicId);
        if (clinic == null) {
            throw new NotFoundException("The clinic");
        }
        clinic.name = settings.name().strip();
        clinic.phone = settings.phone() == null || settings.phone().isBlank() ? null : settings.phone().strip();
        clinic.paperSize = settings.paperSize();
        em.flush();
        return summary(clinicId);
    }
}
