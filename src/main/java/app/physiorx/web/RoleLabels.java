package app.physiorx.web;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import io.quarkus.qute.TemplateExtension;

/** Roles in the words people use ("clinic admin"), for the pages; the claim names stay in the tokens. */
@TemplateExtension
public final class RoleLabels {
    private RoleLabels() {
    }

    /** {role.label}: "clinic admin", "therapist", "patient". */
    public static String label(Role role) {
        return switch (role) {
            case CLINIC_ADMIN -> "clinic admin";
            case THERAPIST -> "therapist";
            case PATIENT -> "patient";
        };
    }

    /** {e.actorRole.roleWords}: a role claim as stored ("clinic-admin") in words; anything else unchanged. */
    public static String roleWords(String claim) {
        for (Role role : Role.values()) {
            if (role.claim.equals(claim)) {
                return label(role);
            }
        }
        return claim;
    }

    /** {inject:currentUser.roleLabel}: the signed-in staff member's role in words, null for patients and visitors. */
    public static String roleLabel(CurrentUser user) {
        if (user.isClinicAdmin()) {
            return label(Role.CLINIC_ADMIN);
        }
        return user.isStaff() ? label(Role.THERAPIST) : null;
    }
}
