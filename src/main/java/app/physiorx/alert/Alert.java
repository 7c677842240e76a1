package app.physiorx.alert;

import app.physiorx.progress.PainRules;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A pain flag raised for a patient. Raised and merged by SQL in the session's transaction
 * ({@link AlertService#raise}); the entity is used to acknowledge and resolve.
 */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "clinic_id", nullable = false)
    public Long clinicId;

    @Column(name = "patient_id", nullable = false)
    public Long patientId;

    @Column(name = "program_id")
    public Long programId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PainRules.Rule rule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public PainRules.Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public AlertStatus status = AlertStatus.OPEN;

    @Column(nullable = false, length = 500)
    public String detail;

    @Column(name = "first_session_id")
    public Long firstSessionId;

    @Column(name = "last_session_id")
    public Long lastSessionId;

    @Column(nullable = false)
    public int occurrences = 1;

    @Column(name = "raised_at", nullable = false)
    public OffsetDateTime raisedAt;

    @Column(name = "last_raised_at", nullable = false)
    public OffsetDateTime lastRaisedAt;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Version
    public int version;
}
