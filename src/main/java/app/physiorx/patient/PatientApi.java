package app.physiorx.patient;

import app.physiorx.account.StaffRef;
import app.physiorx.common.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

public final class PatientApi {
    private PatientApi() {
    }

    public record PatientInput(
            @NotBlank @Size(max = 80) @PlainText String firstName,
            @NotBlank @Size(max = 80) @PlainText String lastName,
            @Past LocalDate dateOfBirth,
            @Size(max = 40) @Pattern(regexp = "([A-Za-z0-9][A-Za-z0-9._/-]*)?",
                    message = "may contain only letters, digits and . _ / - (and starts with a letter or digit)") String mrn,
            @Email @Size(max = 255) String email,
            @Size(max = 40) @Pattern(regexp = "[0-9+()./ -]*", message = "may contain only digits, spaces and + ( ) . / -") String phone,
            @Size(max = 500) @PlainText String condition,
            LocalDate startOfCare,
            Long therapistId,
            @Size(max = 2000) @PlainText String notes,
            PatientStatus status,
            @Size(max = 20) List<Long> sharedWith,
            @Min(0) Integer version,
            @Pattern(regexp = "en|es", message = "choose en (English) or es (Spanish)") String language) {
        /** Without a language: the record keeps the one it has (English for a new patient). */
        public PatientInput(String firstName, String lastName, LocalDate dateOfBirth, String mrn, String email, String phone,
                            String condition, LocalDate startOfCare, Long therapistId, String notes, PatientStatus status,
                            List<Long> sharedWith, Integer version) {
            this(firstName, lastName, dateOfBirth, mrn, email, phone, condition, startOfCare, therapistId, notes, status,
                    sharedWith, version, null);
        }
    }

    /** A patient as other features refer to them: id, clinic and name. */
    public record PatientRef(long id, long clinicId, String name) {
    }

    public record PatientView(long id, String firstName, String lastName, String fullName, String mrn, LocalDate dateOfBirth,
                              String email, String phone, String condition, LocalDate startOfCare, String notes,
                              PatientStatus status, StaffRef therapist, List<StaffRef> sharedWith, String username,
                              boolean hasAccount, OffsetDateTime accessIssuedAt, OffsetDateTime lastActivityAt,
                              int version, String language) {
        /** The language's name, for the care team's pages. */
        public String languageName() {
            return "es".equals(language) ? "Spanish" : "English";
        }
    }

    public record PatientListItem(long id, String fullName, String mrn, LocalDate dateOfBirth, String condition, PatientStatus status,
                                  String therapistName, OffsetDateTime lastActivityAt) {
    }

    /** Answer to creating a patient or re-issuing access: the temporary password is shown once. */
    public record PatientAccess(PatientView patient, String username, String temporaryPassword) {
    }
}
