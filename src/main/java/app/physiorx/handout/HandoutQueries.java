package app.physiorx.handout;

import app.physiorx.clinic.PaperSize;
import app.physiorx.common.Row;
import app.physiorx.exercise.media.ExerciseMediaQueries;
import app.physiorx.exercise.media.MediaApi.MediaRef;
import app.physiorx.exercise.media.MediaStore;
import app.physiorx.program.ProgramApi.PublishedItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a handout prints beyond its program version, read across features for speed: the patient, their
 * therapist and the clinic with its logo ({@code program}, {@code patient}, {@code user_profile}, {@code clinic})
 * in one query, and the exercise pictures (as the version froze them, from the media store) in one more. A bulk download renders
 * hundreds of handouts, so a round trip per feature and handout would add up.
 */
@ApplicationScoped
public class HandoutQueries {
    private final EntityManager em;
    private final app.physiorx.exercise.ExerciseFigureQueries exerciseFigures;

    private final ExerciseMediaQueries media;
    private final MediaStore store;

    public HandoutQueries(EntityManager em, app.physiorx.exercise.ExerciseFigureQueries exerciseFigures,
                          ExerciseMediaQueries media, MediaStore store) {
        this.em = em;
        this.media = media;
        this.store = store;
        this.exerciseFigures = exerciseFigures;
    }

    /** The people and the clinic of a program's handout. */
    record People(String patientName, String therapistName, String therapistEmail, String clinicName, String clinicPhone,
                  PaperSize paperSize, HandoutData.Picture logo, long patientId, String language) {
    }

    People people(long programId) {
        // not scoped: the version was already scoped by ProgramService (another clinic or therapist: 404)
        Row r = Row.of(em.createNativeQuery("""
                select p.first_name || ' ' || p.last_name, t.display_name, t.email, c.name, c.phone, c.paper_size,
                       c.logo, c.id || '@' || cast(c.logo_updated_at as text), p.id, p.language
                from program pr join patient p on p.id = pr.patient_id
                join user_profile t on t.id = p.therapist_id join clinic c on c.id = pr.clinic_id
                where pr.id = :id""").setParameter("id", programId).getSingleResult());
        return new People(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                PaperSize.valueOf(r.getString(5)),
                r.isNull(6) ? null : new HandoutData.Picture("logo-" + r.getString(7), r.getBytes(6)), r.getLong(8),
                r.getString(9));
    }

    /**
     * The picture each item prints, by exercise id: the first picture its version froze (read from the media store by
     * its SHA-256, so a picture changed since does not show); items of versions published before media were frozen
     * print the exercise's current first picture, as they did then. Items without a picture are left out.
     */
    Map<Long, HandoutData.Picture> pictures(List<PublishedItem> items) {
        Map<Long, HandoutData.Picture> images = new HashMap<>();
        List<Long> unfrozen = new java.util.ArrayList<>();
        for (PublishedItem item : items) {
            if (item.media() == null) {
                unfrozen.add(item.exerciseId());
            } else {
                item.media().stream().filter(MediaRef::picture).findFirst()
                        .ifPresent(m -> picture(m.sha256()).ifPresent(p -> images.putIfAbsent(item.exerciseId(), p)));
            }
        }
        media.firstPictures(unfrozen).forEach((id, m) -> picture(m.sha256()).ifPresent(p -> images.put(id, p)));
        return images;
    }

    /** A stored picture; a file missing from the store (a lost volume) prints the handout without it. */
    private java.util.Optional<HandoutData.Picture> picture(String sha256) {
        try {
            return java.util.Optional.of(new HandoutData.Picture(sha256, store.read(sha256)));
        } catch (app.physiorx.common.NotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    /** The slugs of these exercises that have drawn poses, by exercise id: drawn where no picture was uploaded. */
    /** The slugs of the exercises that have drawn poses, by exercise id (the exercise feature owns the query). */
    Map<Long, String> figures(List<Long> exerciseIds) {
        Map<Long, String> slugs = new HashMap<>(exerciseFigures.slugs(exerciseIds));
        slugs.values().removeIf(slug -> !app.physiorx.figure.Figures.has(slug));
        return slugs;
    }
}
