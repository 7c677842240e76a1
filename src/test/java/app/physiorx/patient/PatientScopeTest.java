package app.physiorx.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.physiorx.account.Account;
import app.physiorx.account.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PatientScopeTest {
    private static Account as(Role role) {
        return new Account(5, "sub", "user", "Name", null, role, 9, "clinic", "Clinic");
    }

    @Test
    void aClinicAdminSeesTheClinicsPatients() {
        assertEquals("select p.id from patient p where (p.clinic_id = :scopeClinic)",
                PatientScope.of(as(Role.CLINIC_ADMIN)).render("select p.id from patient p where " + PatientScope.MARK));
    }

    @Test
    void aTherapistSeesTheirOwnAndSharedPatients() {
        assertEquals("p.clinic_id = :scopeClinic and (p.therapist_id = :scopeMe or exists (select 1 from patient_share s"
                + " where s.patient_id = p.id and s.therapist_id = :scopeMe))", PatientScope.of(as(Role.THERAPIST)).condition());
    }

    @Test
    void aPatientSeesNoPatientRecordThroughTheScope() {
        assertEquals("false", PatientScope.of(as(Role.PATIENT)).condition());
    }

    @Test
    void sqlWithoutTheMarkIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PatientScope.of(as(Role.CLINIC_ADMIN)).render("select 1 from patient p"));
    }
}
