package app.physiorx.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class RoleTest {
    @Test
    void clinicAdminOutranksTherapistWhenAUserHasBoth() {
        assertEquals(Role.CLINIC_ADMIN, Role.primary(Set.of("therapist", "clinic-admin")));
    }

    @Test
    void userWithoutAPhysioRxRoleHasNone() {
        assertNull(Role.primary(Set.of("offline_access", "uma_authorization")));
    }

    @Test
    void patientIsNotStaff() {
        assertEquals(false, Role.PATIENT.isStaff());
        assertEquals(true, Role.THERAPIST.isStaff());
    }
}
