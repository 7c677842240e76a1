package app.physiorx.program;

import app.physiorx.exercise.Dosage;
import app.physiorx.exercise.Side;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One exercise of a program's draft with the therapist's dosage. */
@Entity
@Table(name = "program_item")
public class ProgramItem extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "program_id", nullable = false)
    public Long programId;

    @Column(nullable = false)
    public int position;

    @Column(name = "exercise_id", nullable = false)
    public Long exerciseId;

    public Integer sets;
    public Integer reps;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public Side side = Side.BOTH;

    @Column(name = "hold_seconds") public Integer holdSeconds;
    @Column(name = "duration_seconds") public Integer durationSeconds;
    @Column(name = "rest_seconds") public Integer restSeconds;
    @Column(name = "times_per_day", nullable = false) public int timesPerDay = 1;
    @Column(name = "days_per_week", nullable = false) public int daysPerWeek = 7;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> weekdays = new ArrayList<>();

    @Column(length = 60) public String load;
    @Column(length = 40) public String tempo;
    @Column(length = 1000) public String notes;

    /** 1 = from the start; a later stage shows once the program's active stage reaches it. */
    @Column(nullable = false) public int stage = 1;

    public Dosage dosage() {
        return new Dosage(sets, reps, side, holdSeconds, durationSeconds, restSeconds, timesPerDay, daysPerWeek,
                weekdays.stream().map(DayOfWeek::valueOf).toList(), load, tempo, notes);
    }

    /** Takes a complete dosage (times a day and days a week given, weekdays never null). */
    public void setDosage(Dosage d) {
        sets = d.sets();
        reps = d.reps();
        side = d.side();
        holdSeconds = d.holdSeconds();
        durationSeconds = d.durationSeconds();
        restSeconds = d.restSeconds();
        timesPerDay = d.timesPerDay();
        daysPerWeek = d.daysPerWeek();
        weekdays = new ArrayList<>(d.weekdays().stream().map(Enum::name).toList());
        load = d.load();
        tempo = d.tempo();
        notes = d.notes();
    }
}
