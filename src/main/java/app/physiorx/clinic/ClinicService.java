package app.physiorx.clinic;

import app.physiorx.common.ImageCheck;
import app.physiorx.common.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Objects;

/** Clinics (tenants): created on their first user's sign-in, named and set up by their admins. */
@ApplicationScoped
public class ClinicService {
    private final EntityManager em;

    public ClinicService(EntityManager em) {
        this.em = em;
    }

    /** Which clinic: its id, its Keycloak key and its name. */
    public record ClinicRef(long id, String key, String name) {
    }

    /** What a clinic shows about itself. */
    public record ClinicDetails(String name, String phone, PaperSize paperSize, String language) {
    }

    /** What a clinic admin may change. */
    public record ClinicSettings(
            @NotBlank @Size(max = 120) String name,
            @Size(max = 40) @Pattern(regexp = "[0-9+()./ -]*", message = "may contain only digits, spaces and + ( ) . / -") String phone,
            @NotNull PaperSize paperSize,
            @Pattern(regexp = "en|es", message = "choose en (English) or es (Spanish)") String language) {
    }

    /** The clinic with this Keycloak key, created (with this name) when it is new. Runs in the caller's transaction. */
    public ClinicRef ensure(String key, String name) {
        em.createNativeQuery("""
                insert into clinic (external_key, name) values (?1, ?2)
                on conflict (external_key) do nothing""")
                .setParameter(1, key)
                .setParameter(2, Objects.requireNonNullElse(name, key))
                .executeUpdate();
        return em.createQuery("select new app.physiorx.clinic.ClinicService$ClinicRef(c.id, c.externalKey, c.name)"
                        + " from Clinic c where c.externalKey = :key", ClinicRef.class)
                .setParameter("key", key).getSingleResult();
    }

    /** The clinic by id (a user's clinic always exists: the foreign key keeps it). */
    public ClinicRef ref(long clinicId) {
        return em.createQuery("select new app.physiorx.clinic.ClinicService$ClinicRef(c.id, c.externalKey, c.name)"
                        + " from Clinic c where c.id = :id", ClinicRef.class)
                .setParameter("id", clinicId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("The clinic"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClinicDetails details(long clinicId) {
        return em.createQuery("select new app.physiorx.clinic.ClinicService$ClinicDetails(c.name, c.phone, c.paperSize, c.language)"
                        + " from Clinic c where c.id = :id", ClinicDetails.class)
                .setParameter("id", clinicId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("The clinic"));
    }

    /** A PNG or JPEG logo for the handouts (at most 2 MB, checked by its content). */
    @Transactional
    public void setLogo(long clinicId, byte[] data) {
        ImageCheck.detectType(data);
        ImageCheck.decode(data);
        Clinic clinic = Clinic.findById(clinicId);
        clinic.logo = data;
        clinic.logoUpdatedAt = OffsetDateTime.now();
    }

    /** The language of the clinic's staff portal ("en" or "es"): one query by primary key. */
    public String languageOf(long clinicId) {
        return em.createQuery("select c.language from Clinic c where c.id = :id", String.class)
                .setParameter("id", clinicId).getResultStream().findFirst().orElse("en");
    }

    /** Sets the phone when the clinic has none (the demo data: numbers from the ranges set aside for fiction). */
    @Transactional
    public void setPhoneIfMissing(long clinicId, String phone) {
        em.createQuery("update Clinic c set c.phone = :phone where c.id = :id and c.phone is null")
                .setParameter("phone", phone).setParameter("id", clinicId).executeUpdate();
    }

    @Transactional
    public ClinicDetails update(long clinicId, ClinicSettings settings) {
        Clinic clinic = Clinic.findById(clinicId);
        if (clinic == null) {
            throw new NotFoundException("The clinic");
        }
        clinic.name = settings.name().strip();
        clinic.phone = settings.phone() == null || settings.phone().isBlank() ? null : settings.phone().strip();
        clinic.paperSize = settings.paperSize();
        if (settings.language() != null) {
            clinic.language = settings.language();
        }
        em.flush();
        return new ClinicDetails(clinic.name, clinic.phone, clinic.paperSize, clinic.language);
    }
}
