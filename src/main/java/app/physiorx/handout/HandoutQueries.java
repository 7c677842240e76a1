package app.physiorx.handout;

import app.physiorx.clinic.PaperSize;
import app.physiorx.common.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a handout prints beyond its program version, read across features for speed: the patient, their
 * therapist and the clinic with its logo ({@code program}, {@code patient}, {@code user_profile}, {@code clinic})
 * in one query, and the exercise pictures ({@code exercise_image}) in one more. A bulk download renders
 * hundreds of handouts, so a round trip per feature and handout would add up.
 */
@ApplicationScoped
public class HandoutQueries {
    private final EntityManager em;
    private final app.physiorx.exercise.ExerciseFigureQueries exerciseFigures;

    public HandoutQueries(EntityManager em, app.physiorx.exercise.ExerciseFigureQueries exerciseFigures) {
        this.em = em;
        this.exerciseFigures = exerciseFigures;
    }

    /** The people and the clinic of a program's handout. */
    record People(String patientName, String therapistName, String therapistEmail, String clinicName, String clinicPhone,
                  PaperSize paperSize, HandoutData.Picture logo, long patientId) {
    }

    People people(long programId) {
        // not scoped: the version was already scoped by ProgramService (another clinic or therapist: 404)
        Row r = Row.of(em.createNativeQuery("""
                select p.first_name || ' ' || p.last_name, t.display_name, t.email, c.name, c.phone, c.paper_size,
                       c.logo, c.id || '@' || cast(c.logo_updated_at as text), p.id
                from program pr join patient p on p.id = pr.patient_id
                join user_profile t on t.id = p.therapist_id join clinic c on c.id = pr.clinic_id
                where pr.id = :id""").setParameter("id", programId).getSingleResult());
        return new People(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                PaperSize.valueOf(r.getString(5)),
                r.isNull(6) ? null : new HandoutData.Picture("logo-" + r.getString(7), r.getBytes(6)), r.getLong(8));
    }

    /** The pictures of these exercises by exercise id (exercises without one are left out). */
    Map<Long, HandoutData.Picture> pictures(List<Long> exerciseIds) {
        Map<Long, HandoutData.Picture> images = new HashMap<>();
        if (!exerciseIds.isEmpty()) {
            Row.map(em.createNativeQuery(
                            "select exercise_id, data, cast(uploaded_at as text) from exercise_image where exercise_id in (:ids)")
                    .setParameter("ids", exerciseIds).getResultList(), r -> r)
                    .forEach(r -> images.put(r.getLong(0), new HandoutData.Picture(r.getLong(0) + "@" + r.getString(2),
                            r.getBytes(1))));
        }
        return images;
    }

    /** The slugs of these exercises that have drawn poses, by exercise id: drawn where no picture was uploaded. */
    /** The slugs of the exercises that have drawn poses, by exercise id (the exercise feature owns the query). */
    Map<Long, String> figures(List<Long> exerciseIds) {
        Map<Long, String> slugs = new HashMap<>(exerciseFigures.slugs(exerciseIds));
        slugs.values().removeIf(slug -> !app.physiorx.figure.Figures.has(slug));
        return slugs;
    }
}
