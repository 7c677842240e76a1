package app.physiorx.patient;

import app.physiorx.config.PhysioRxConfig;
import app.physiorx.common.InvalidInputException;
import app.physiorx.common.UpstreamException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Patients' Keycloak accounts, through the Admin REST API with the physiorx-admin service
 * client (user management rights only). Passwords are temporary: Keycloak makes the patient
 * choose their own at the first sign-in. PhysioRx never stores a password.
 */
@ApplicationScoped
public class PatientAccounts {
    private static final Logger LOG = Logger.getLogger(PatientAccounts.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The attribute that marks an account whose patient record is not committed yet. */
    static final String PENDING = "physiorx_pending";

    private final Keycloak keycloak;
    private final String realm;
    private final jakarta.transaction.TransactionSynchronizationRegistry transactions;

    public PatientAccounts(Keycloak keycloak, PhysioRxConfig config, jakarta.transaction.TransactionSynchronizationRegistry transactions) {
        this.keycloak = keycloak;
        this.transactions = transactions;
        this.realm = config.keycloak().realm();
    }

    public record NewAccount(String userId, String username, String temporaryPassword) {
    }

    /**
     * The patient's new account. Each new account carries a mark ({@code physiorx_pending}: the clinic,
     * name and birth date, hashed) until the patient's record that links it is committed. So an account
     * that Keycloak created but whose answer was lost, or whose record was then rolled back, is found
     * again by the next try for the same patient and taken over (new temporary password) instead of
     * becoming a second account. {@code linked} says whether a record already links an account id.
     * The account is tied to the caller's transaction: when it commits, the mark goes; when it rolls back,
     * the account is removed. Either step may fail while Keycloak is away; the next try then takes it over.
     */
    public NewAccount create(Patient patient, String clinicKey, String clinicName, java.util.function.Predicate<String> linked) {
        String password = temporaryPassword();
        String mark = pendingMark(patient, clinicKey);
        java.util.Optional<UserRepresentation> orphan = call(() -> keycloak.realm(realm).users()
                .searchByAttributes(0, 5, null, false, PENDING + ":" + mark)).stream()
                .filter(u -> !linked.test(u.getId())).findFirst();
        if (orphan.isPresent()) {
            LOG.infof("Taking over the account %s left by an earlier try to create this patient", orphan.get().getId());
            String username = orphan.get().getUsername();
            call(() -> {
                keycloak.realm(realm).users().get(orphan.get().getId()).resetPassword(credential(password));
                return null;
            });
            setEnabled(orphan.get().getId(), true);
            setLocale(orphan.get().getId(), localeOf(patient));
            return settledWithTheTransaction(new NewAccount(orphan.get().getId(), username, password));
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            String username = username(patient, attempt);
            UserRepresentation user = new UserRepresentation();
            user.setUsername(username);
            user.setEnabled(true);
            user.setFirstName(patient.firstName);
            user.setLastName(patient.lastName);
            if (patient.email != null) {
                user.setEmail(patient.email);
                user.setEmailVerified(false);
            }
            // "locale": Keycloak opens its sign-in pages in the patient's language
            user.setAttributes(Map.of("clinic", List.of(clinicKey), "clinic_name", List.of(clinicName), PENDING, List.of(mark),
                    LOCALE, List.of(localeOf(patient))));
            user.setGroups(List.of("/patients"));
            user.setCredentials(List.of(credential(password)));
            try (Response response = call(() -> keycloak.realm(realm).users().create(user))) {
                if (response.getStatus() == 409) {
                    if (patient.email != null && attempt == 0 && emailTaken(patient.email)) {
                        throw InvalidInputException.field("email", "another account already uses this email address");
                    }
                    continue;
                }
                if (response.getStatus() >= 300) {
                    LOG.errorf("Keycloak refused to create a patient account: HTTP %d", response.getStatus());
                    throw new UpstreamException("The sign-in service refused to create the account. Try again later.");
                }
                return settledWithTheTransaction(new NewAccount(CreatedResponseUtil.getCreatedId(response), username, password));
            }
        }
        throw new UpstreamException("No free username was found for this patient. Try again.");
    }

    private NewAccount settledWithTheTransaction(NewAccount account) {
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                try {
                    if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                        confirm(account.userId());
                    } else {
                        remove(account.userId());
                    }
                } catch (RuntimeException e) {
                    LOG.warnf("Could not settle the new account %s with Keycloak (the next try takes it over): %s",
                            account.userId(), e.getMessage());
                }
            }
        });
        return account;
    }

    /** The record that links the account is committed: the account is no longer one to take over. */
    public void confirm(String userId) {
        call(() -> {
            var resource = keycloak.realm(realm).users().get(userId);
            UserRepresentation user = resource.toRepresentation();
            if (user.getAttributes() != null && user.getAttributes().containsKey(PENDING)) {
                Map<String, List<String>> attributes = new java.util.HashMap<>(user.getAttributes());
                attributes.remove(PENDING);
                user.setAttributes(attributes);
                resource.update(user);
            }
            return null;
        });
    }

    /** The record that would have linked the account was rolled back: remove the account again. */
    public void remove(String userId) {
        call(() -> {
            try (Response ignored = keycloak.realm(realm).users().delete(userId)) {
                return null;
            }
        });
    }

    static String pendingMark(Patient p, String clinicKey) {
        String who = clinicKey + "\n" + p.firstName.strip().toLowerCase(Locale.ROOT) + "\n" + p.lastName.strip().toLowerCase(Locale.ROOT)
                + "\n" + p.dateOfBirth;
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(who.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new temporary password (the old one stops working). */
    public String reissue(String userId) {
        String password = temporaryPassword();
        call(() -> {
            keycloak.realm(realm).users().get(userId).resetPassword(credential(password));
            return null;
        });
        setEnabled(userId, true);
        return password;
    }

    /** Keycloak's user attribute that picks the language of its sign-in pages. */
    static final String LOCALE = "locale";

    static String localeOf(Patient patient) {
        return "es".equals(patient.language) ? "es" : "en";
    }

    /** The language of the account's sign-in pages ("en" or "es"), kept with the patient's language. */
    public void setLocale(String userId, String locale) {
        call(() -> {
            var resource = keycloak.realm(realm).users().get(userId);
            UserRepresentation user = resource.toRepresentation();
            Map<String, List<String>> attributes = new java.util.HashMap<>(user.getAttributes() == null ? Map.of() : user.getAttributes());
            if (!List.of(locale).equals(attributes.get(LOCALE))) {
                attributes.put(LOCALE, List.of(locale));
                user.setAttributes(attributes);
                resource.update(user);
            }
            return null;
        });
    }

    public void setEnabled(String userId, boolean enabled) {
        call(() -> {
            var resource = keycloak.realm(realm).users().get(userId);
            UserRepresentation user = resource.toRepresentation();
            if (user.isEnabled() != enabled) {
                user.setEnabled(enabled);
                resource.update(user);
            }
            return null;
        });
    }

    private boolean emailTaken(String email) {
        return call(() -> !keycloak.realm(realm).users().searchByEmail(email, true).isEmpty());
    }

    private static <T> T call(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (UpstreamException e) {
            throw e;
        } catch (WebApplicationException e) {
            LOG.errorf("Keycloak admin call failed: HTTP %d", e.getResponse().getStatus());
            throw new UpstreamException("The sign-in service could not be reached. Try again later.");
        } catch (RuntimeException e) {
            LOG.error("Keycloak admin call failed", e);
            throw new UpstreamException("The sign-in service could not be reached. Try again later.");
        }
    }

    private static CredentialRepresentation credential(String password) {
        CredentialRepresentation c = new CredentialRepresentation();
        c.setType(CredentialRepresentation.PASSWORD);
        c.setValue(password);
        c.setTemporary(true);
        return c;
    }

    static String username(Patient p, int attempt) {
        String base = Normalizer.normalize(p.firstName.substring(0, 1) + p.lastName, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (base.length() < 3) {
            base = "patient" + base;
        }
        base = base.length() > 20 ? base.substring(0, 20) : base;
        return base + (1000 + RANDOM.nextInt(9000)) + (attempt > 2 ? String.valueOf(RANDOM.nextInt(10)) : "");
    }

    /** Three groups of four letters and digits without look-alikes, e.g. "k7mq-2xrt-9hvp". */
    static String temporaryPassword() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
