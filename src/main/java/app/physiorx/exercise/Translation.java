package app.physiorx.exercise;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One exercise's text in one language (table exercise_translation). Never leaves the service layer. */
@Entity
@Table(name = "exercise_translation")
@IdClass(Translation.Key.class)
public class Translation extends PanacheEntityBase {
    /** The primary key: the exercise and the language. */
    public static class Key implements Serializable {
        public Long exerciseId;
        public String language;

        public Key() {
        }

        Key(Long exerciseId, String language) {
            this.exerciseId = exerciseId;
            this.language = language;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(exerciseId, k.exerciseId)
                    && java.util.Objects.equals(language, k.language);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(exerciseId, language);
        }
    }

    @Id
    @Column(name = "exercise_id")
    public Long exerciseId;

    @Id
    @Column(length = 2)
    public String language;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(length = 300)
    public String subtitle;

    @Column(name = "position_detail", length = 300)
    public String positionDetail;

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

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    TranslationApi.ExerciseTranslation view() {
        return new TranslationApi.ExerciseTranslation(exerciseId, language, name, subtitle, positionDetail, dosageNote,
                List.copyOf(steps), List.copyOf(cues), List.copyOf(precautions), List.copyOf(variations), updatedBy, updatedAt);
    }
}
