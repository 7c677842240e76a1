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

    private final Keycloak keycloak;
    private final String realm;

    public PatientAccounts(Keycloak keycloak, PhysioRxConfig config) {
        this.keycloak = keycloak;
        this.realm = config.keycloak().realm();
    }

    public record NewAccount(String userId, String username, String temporaryPassword) {
    }

    public NewAccount create(Patient patient, String clinicKey, String clinicName) {
        String password = temporaryPassword();
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
            user.setAttributes(Map.of("clinic", List.of(clinicKey), "clinic_name", List.of(clinicName)));
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
                return new NewAccount(CreatedResponseUtil.getCreatedId(response), username, password);
            }
        }
        throw new UpstreamException("No free username was found for this patient. Try again.");
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
