package app.physiorx.alert;

import app.physiorx.account.Account;
import app.physiorx.account.Role;
import app.physiorx.common.NotFoundException;
import app.physiorx.patient.PatientService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * What an open stream checks again while it runs: is the account still enabled in Keycloak, signed in
 * (at least one session) and staff, with which role; and may it still see the patient of an alert.
 * A user gone, disabled or signed out everywhere counts as "no"; Keycloak unreachable is "not known", which
 * the stream treats as no for now (it closes with "unavailable", and the page reconnects later).
 */
@ApplicationScoped
public class StreamAccess {
    private static final Logger LOG = Logger.getLogger(StreamAccess.class);

    private final Keycloak keycloak;
    private final PatientService patients;
    private final String realm;

    public StreamAccess(Keycloak keycloak, PatientService patients, app.physiorx.config.PhysioRxConfig config) {
        this.keycloak = keycloak;
        this.patients = patients;
        this.realm = config.keycloak().realm();
    }

    /** Keycloak could not say (unreachable, timed out, or answered an error other than "no such user"). */
    public static final class NotKnown extends RuntimeException {
        NotKnown(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The user's staff role now, or empty when they are gone, disabled, signed out everywhere or no longer staff.
     *
     * @throws NotKnown when Keycloak could not answer
     */
    public Optional<Role> currentStaffRole(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        try {
            UserResource user = keycloak.realm(realm).users().get(subject);
            UserRepresentation rep = user.toRepresentation();
            if (rep == null || !Boolean.TRUE.equals(rep.isEnabled()) || user.getUserSessions().isEmpty()) {
                return Optional.empty();
            }
            Set<String> names = new HashSet<>();
            for (RoleRepresentation r : user.roles().realmLevel().listEffective()) {
                names.add(r.getName());
            }
            Role role = Role.primary(names);
            return role != null && role.isStaff() ? Optional.of(role) : Optional.empty();
        } catch (jakarta.ws.rs.NotFoundException gone) {
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warnf("Could not re-check the account of an alert stream: %s", e.getMessage());
            throw new NotKnown(e.getMessage());
        }
    }

    /** True if the account may see the patient now (the patient scope, as for every read). */
    @ActivateRequestContext
    public boolean sees(Account account, long patientId) {
        try {
            patients.visible(account, patientId);
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (RuntimeException e) {
            LOG.debugf("Could not check the patient scope of an alert stream (%s)", e.getMessage());
            return false;
        }
    }
}
