package app.physiorx.exercise;

import app.physiorx.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An exercise of the starter catalog (clinicId null) or of one clinic. Never leaves the service layer. */
@Entity
@Table(name = "exercise")
public class Exercise extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 140)
    public String slug;

    @Column(name = "clinic_id")
    public Long clinicId;

    @Column(nullable = false, length = 120)
    public String name;

    /** A plain line saying what the exercise is, where the name alone could puzzle a reader. */
    @Column(length = 160)
    public String subtitle;

    /** The first catalog's grouping; null for the broad starter catalog, which has regions and a movement type. */
    @Enumerated(EnumType.STRING)
    @Column(name = "exercise_group", length = 30)
    public ExerciseGroup group;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public MovementType movement;

    /** 1 easiest .. 3 hardest within its ladder; set for every starter exercise. */
    @Column
    public Integer difficulty;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "body_regions", nullable = false, columnDefinition = "text[]")
    public List<String> bodyRegions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Position position;

    @Column(name = "position_detail", length = 300)
    public String positionDetail;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> equipment = new ArrayList<>();

    @Column(name = "sets_min") public Integer setsMin;
    @Column(name = "sets_max") public Integer setsMax;
    @Column(name = "reps_min") public Integer repsMin;
    @Column(name = "reps_max") public Integer repsMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "reps_mode", nullable = false, length = 30)
    public RepsMode repsMode = RepsMode.PLAIN;

    @Column(name = "hold_min_seconds") public Integer holdMinSeconds;
    @Column(name = "hold_max_seconds") public Integer holdMaxSeconds;
    @Column(name = "duration_min_seconds") public Integer durationMinSeconds;
    @Column(name = "duration_max_seconds") public Integer durationMaxSeconds;
    @Column(name = "times_per_day_min") public Integer timesPerDayMin;
    @Column(name = "times_per_day_max") public Integer timesPerDayMax;

    @Column(name = "dosage_note", length = 300)
    public String dosageNote;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> steps = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> cues = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> precautions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> variations = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> tags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ExerciseStatus status = ExerciseStatus.ACTIVE;

    @Column(name = "copied_from_id")
    public Long copiedFromId;

    public boolean isStarter() {
        return clinicId == null;
    }

    public DefaultDosage dosage() {
        return new DefaultDosage(setsMin, setsMax, repsMin, repsMax, repsMode, holdMinSeconds, holdMaxSeconds,
                durationMinSeconds, durationMaxSeconds, timesPerDayMin, timesPerDayMax, dosageNote);
    }

    public void setDosage(DefaultDosage d) {
        setsMin = d.setsMin();
        setsMax = d.setsMax();
        repsMin = d.repsMin();
        repsMax = d.repsMax();
        repsMode = d.repsMode();
        holdMinSeconds = d.holdMinSeconds();
        holdMaxSeconds = d.holdMaxSeconds();
        durationMinSeconds = d.durationMinSeconds();
        durationMaxSeconds = d.durationMaxSeconds();
        timesPerDayMin = d.timesPerDayMin();
        timesPerDayMax = d.timesPerDayMax();
        dosageNote = d.note();
    }
}
