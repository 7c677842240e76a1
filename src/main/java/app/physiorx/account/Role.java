package app.physiorx.account;

import java.util.Set;

/** Realm roles as Keycloak issues them in {@code realm_access.roles}. */
public enum Role {
    CLINIC_ADMIN("clinic-admin"), THERAPIST("therapist"), PATIENT("patient");

    public static final String CLINIC_ADMIN_NAME = "clinic-admin";
    public static final String THERAPIST_NAME = "therapist";
    public static final String PATIENT_NAME = "patient";

    public final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    /** The user's main role: clinic admin before therapist before patient; null when none applies. */
    public static Role primary(Set<String> roles) {
        for (Role role : values()) {
            if (roles.contains(role.claim)) {
                return role;
            }
        }
        return null;
    }

    public static Role fromClaim(String claim) {
        for (Role role : values()) {
            if (role.claim.equals(claim)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role " + claim);
    }

    public boolean isStaff() {
        return this != PATIENT;
    }
}
