package app.physiorx.patient;

import app.physiorx.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A patient of a clinic, assigned to one therapist. Never leaves the service layer. */
@Entity
@Table(name = "patient")
public class Patient extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "clinic_id", nullable = false)
    public Long clinicId;

    @Column(name = "therapist_id", nullable = false)
    public Long therapistId;

    @Column(name = "first_name", nullable = false, length = 80)
    public String firstName;

    @Column(name = "last_name", nullable = false, length = 80)
    public String lastName;

    /** The clinic's own patient identifier (medical record number): optional, unique within the clinic. */
    @Column(length = 40)
    public String mrn;

    /** The language of the patient's pages, handout, emails and calendar: "en" or "es". */
    @Column(nullable = false, length = 5)
    public String language = "en";

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    public String email;

    @Column(length = 40)
    public String phone;

    @Column(length = 500)
    public String condition;

    @Column(name = "start_of_care")
    public LocalDate startOfCare;

    @Column(length = 2000)
    public String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public PatientStatus status = PatientStatus.ACTIVE;

    public String username;

    @Column(name = "keycloak_user_id", length = 64)
    public String keycloakUserId;

    /** Sealed temporary password until the first handout prints it or the patient signs in. */
    @Column(name = "pending_password")
    public String pendingPassword;

    @Column(name = "access_issued_at")
    public OffsetDateTime accessIssuedAt;

    @Column(name = "last_activity_at", nullable = false)
    public OffsetDateTime lastActivityAt = OffsetDateTime.now();

    public String fullName() {
        return firstName + " " + lastName;
    }
}
