package app.physiorx.program;

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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A patient's home program: the editable draft plus the number of its newest published version. */
@Entity
@Table(name = "program")
public class Program extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "patient_id", nullable = false)
    public Long patientId;

    @Column(name = "clinic_id", nullable = false)
    public Long clinicId;

    @Column(nullable = false, length = 120)
    public String title;

    @Column(length = 2000)
    public String goal;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ProgramStatus status = ProgramStatus.DRAFT;

    @Column(name = "pain_threshold", nullable = false)
    public int painThreshold = 7;

    @Column(name = "pain_rise", nullable = false)
    public int painRise = 2;

    /** Days without a logged session before the daily check raises a low-severity alert. */
    @Column(name = "inactive_days", nullable = false)
    public int inactiveDays = 4;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "red_flags", nullable = false, columnDefinition = "text[]")
    public List<String> redFlags = new ArrayList<>(List.of("NUMBNESS", "TINGLING", "NEW_WEAKNESS", "ARM_PAIN",
            "NIGHT_PAIN", "DIZZINESS", "BLADDER_BOWEL"));

    /** True when the draft differs from the newest published version (or nothing is published yet). */
    @Column(name = "draft_changed", nullable = false)
    public boolean draftChanged = true;

    @Column(name = "published_version", nullable = false)
    public int publishedVersion;

    /** The stage the patient follows: items of a later stage wait until the therapist publishes this one higher. */
    @Column(name = "active_stage", nullable = false)
    public int activeStage = 1;
}
