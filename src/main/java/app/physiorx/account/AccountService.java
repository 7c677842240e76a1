package app.physiorx.account;

import app.physiorx.clinic.ClinicService;
import app.physiorx.clinic.ClinicService.ClinicRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Links Keycloak users to the app's own records. The first request of a user creates
 * their clinic (if new) and profile; later requests read it, refreshing name, email and
 * role when Keycloak changed them and the last-seen time at most every few minutes.
 */
@ApplicationScoped
public class AccountService {
    private static final Duration LAST_SEEN_GRANULARITY = Duration.ofMinutes(5);

    private final EntityManager em;
    private final ClinicService clinics;

    public AccountService(EntityManager em, ClinicService clinics) {
        this.em = em;
        this.clinics = clinics;
    }

    /** The account of a recent request with exactly the same claims: no database round trip for it. */
    private record Recent(SignedInUser claims, Account account, long atNanos) {
    }

    private static final long RECENT_NANOS = Duration.ofSeconds(60).toNanos();
    private final java.util.concurrent.ConcurrentHashMap<String, Recent> recent = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The app's account for the signed-in user. A user seen within the last minute with the very same
     * claims (roles, clinic, name, email) is answered from memory: any change in Keycloak changes the
     * claims and takes the full path again, and the last-seen time is only kept to five minutes anyway.
     */
    public Account signIn(SignedInUser user) {
        if (user.subject() == null || user.subject().isBlank()) {
            // the bearer tenant requires a subject; this keeps any other identity without one out of the records
            throw new AccountNotUsableException("Your sign-in does not say who you are. Sign in again.");
        }
        Recent hit = recent.get(user.subject());
        long now = System.nanoTime();
        if (hit != null && hit.claims().equals(user) && now - hit.atNanos() < RECENT_NANOS) {
            return hit.account();
        }
        Account account = QuarkusTransaction.joiningExisting().call(() -> load(user));
        if (recent.size() > 50_000) {
            recent.clear();
        }
        recent.put(user.subject(), new Recent(user, account, now));
        return account;
    }

    private Account load(SignedInUser user) {
        Role role = Role.primary(user.roles());
        if (role == null) {
            throw new AccountNotUsableException("Your account has no PhysioRx role. Ask your clinic administrator to assign one.");
        }
        if (user.clinicKey() == null || user.clinicKey().isBlank()) {
            throw new AccountNotUsableException("Your account is not linked to a clinic. Ask your clinic administrator to link it.");
        }
        UserProfile profile = UserProfile.<UserProfile>find("subject", user.subject()).firstResult();
        ClinicRef clinic = null;
        if (profile == null) {
            clinic = clinics.ensure(user.clinicKey(), user.clinicName());
            em.createNativeQuery("""
                    insert into user_profile (subject, clinic_id, username, display_name, email, role)
                    values (?1, ?2, ?3, ?4, ?5, ?6)
                    on conflict (subject) do nothing""")
                    .setParameter(1, user.subject())
                    .setParameter(2, clinic.id())
                    .setParameter(3, user.username())
                    .setParameter(4, user.displayName())
                    .setParameter(5, user.email())
                    .setParameter(6, role.claim)
                    .executeUpdate();
            profile = UserProfile.<UserProfile>find("subject", user.subject()).firstResult();
        } else {
            refresh(profile, user, role);
        }
        if (clinic == null || clinic.id() != profile.clinicId) {
            clinic = clinics.ref(profile.clinicId); // a returning user, or a racing first sign-in stored the profile first
        }
        if (!clinic.key().equals(user.clinicKey())) {
            // A user moved between clinics in Keycloak: never keep them attached to the old clinic's data.
            throw new AccountNotUsableException("Your account moved to another clinic. Ask your clinic administrator for help.");
        }
        return new Account(profile.id, profile.subject, profile.username, profile.displayName, profile.email,
                Role.fromClaim(profile.role), clinic.id(), clinic.key(), clinic.name());
    }

    private static void refresh(UserProfile profile, SignedInUser user, Role role) {
        OffsetDateTime now = OffsetDateTime.now();
        if (!Objects.equals(profile.displayName, user.displayName())) {
            profile.displayName = user.displayName();
        }
        if (!Objects.equals(profile.email, user.email())) {
            profile.email = user.email();
        }
        if (!profile.role.equals(role.claim)) {
            profile.role = role.claim;
        }
        if (profile.lastSeenAt == null || profile.lastSeenAt.isBefore(now.minus(LAST_SEEN_GRANULARITY))) {
            profile.lastSeenAt = now;
        }
    }
}
