package app.physiorx.exercise.media;

import app.physiorx.common.NotFoundException;
import app.physiorx.common.Row;
import app.physiorx.exercise.media.MediaApi.MediaFile;
import app.physiorx.exercise.media.MediaApi.MediaRef;
import app.physiorx.exercise.media.MediaApi.MediaView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads of {@code exercise_media}; callers have checked that the exercise is visible (or froze it in a version). */
@ApplicationScoped
public class ExerciseMediaQueries {
    private static final String COLUMNS = """
            id, kind, position, caption, content_type, size_bytes, sha256, width, height, poster_media_id,
            uploaded_by, uploaded_at, exercise_id\s""";
    private final EntityManager em;

    public ExerciseMediaQueries(EntityManager em) {
        this.em = em;
    }

    /** The current pictures in order, then the video: posters and removed media are left out. */
    public List<MediaView> current(long exerciseId) {
        return Row.map(em.createNativeQuery("select " + COLUMNS + """
                         from exercise_media where exercise_id = :e and removed_at is null and kind <> 'POSTER'
                        order by kind, position, id""")
                .setParameter("e", exerciseId).getResultList(), ExerciseMediaQueries::view);
    }

    /** One current media row of the exercise (a poster included); 404 otherwise. */
    MediaView one(long exerciseId, long mediaId) {
        return Row.map(em.createNativeQuery("select " + COLUMNS + """
                         from exercise_media where exercise_id = :e and id = :m and removed_at is null""")
                .setParameter("e", exerciseId).setParameter("m", mediaId).getResultList(), ExerciseMediaQueries::view)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("The media"));
    }

    MediaFile file(long exerciseId, long mediaId) {
        MediaView v = one(exerciseId, mediaId);
        return new MediaFile(v.sha256(), v.contentType(), v.sizeBytes());
    }

    /** The media of these exercises as a version freezes them, by exercise id (every id is in the map). */
    public Map<Long, List<MediaRef>> frozen(Collection<Long> exerciseIds) {
        Map<Long, List<MediaRef>> refs = new LinkedHashMap<>();
        exerciseIds.forEach(id -> refs.put(id, new java.util.ArrayList<>()));
        if (exerciseIds.isEmpty()) {
            return refs;
        }
        Row.map(em.createNativeQuery("""
                select m.exercise_id, m.id, m.kind, m.caption, m.sha256, m.content_type,
                       coalesce(p.id, f.id), coalesce(p.sha256, f.sha256), coalesce(p.content_type, f.content_type)
                from exercise_media m
                left join exercise_media p on p.id = m.poster_media_id
                left join lateral (select f.id, f.sha256, f.content_type from exercise_media f
                                   where m.kind = 'VIDEO' and m.poster_media_id is null and f.exercise_id = m.exercise_id
                                     and f.kind = 'PICTURE' and f.removed_at is null order by f.position limit 1) f on true
                where m.exercise_id in (:ids) and m.removed_at is null and m.kind <> 'POSTER'
                order by m.exercise_id, m.kind, m.position, m.id""")
                .setParameter("ids", List.copyOf(exerciseIds)).getResultList(), r -> r)
                .forEach(r -> refs.get(r.getLong(0)).add(new MediaRef(r.getLong(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5), r.isNull(6) ? null : r.getLong(6), r.getString(7), r.getString(8))));
        return refs;
    }

    /** Which of these exercises have a current picture. */
    public Set<Long> withPictures(Collection<Long> exerciseIds) {
        if (exerciseIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Row.map(em.createNativeQuery("""
                select distinct exercise_id from exercise_media
                where exercise_id in (:ids) and kind = 'PICTURE' and removed_at is null""")
                .setParameter("ids", List.copyOf(exerciseIds)).getResultList(), r -> r.getLong(0)));
    }

    /** The first current picture of each of these exercises, by exercise id: what a handout printed before versions froze media. */
    public Map<Long, MediaView> firstPictures(Collection<Long> exerciseIds) {
        Map<Long, MediaView> first = new LinkedHashMap<>();
        if (!exerciseIds.isEmpty()) {
            Row.map(em.createNativeQuery("select distinct on (exercise_id) " + COLUMNS + """
                             from exercise_media where exercise_id in (:ids) and kind = 'PICTURE' and removed_at is null
                            order by exercise_id, position, id""")
                    .setParameter("ids", List.copyOf(exerciseIds)).getResultList(), r -> r)
                    .forEach(r -> first.put(r.getLong(12), view(r)));
        }
        return first;
    }

    /** Copies the current media of one exercise to its copy (the same stored files; one write, named here for its SQL). */
    public void copy(long sourceId, long copyId, String by) {
        em.createNativeQuery("""
                insert into exercise_media (exercise_id, kind, position, caption, content_type, size_bytes, sha256, width,
                                            height, uploaded_by)
                select :copy, kind, position, caption, content_type, size_bytes, sha256, width, height, :by
                from exercise_media where exercise_id = :source and removed_at is null and kind <> 'VIDEO' order by id""")
                .setParameter("copy", copyId).setParameter("source", sourceId).setParameter("by", by).executeUpdate();
        em.createNativeQuery("""
                insert into exercise_media (exercise_id, kind, position, caption, content_type, size_bytes, sha256, width,
                                            height, poster_media_id, uploaded_by)
                select :copy, v.kind, v.position, v.caption, v.content_type, v.size_bytes, v.sha256, v.width, v.height,
                       case when v.poster_media_id is null then null else (select p.id from exercise_media p
                            where p.exercise_id = :copy and p.kind = 'POSTER' and p.removed_at is null limit 1) end, :by
                from exercise_media v where v.exercise_id = :source and v.removed_at is null and v.kind = 'VIDEO'""")
                .setParameter("copy", copyId).setParameter("source", sourceId).setParameter("by", by).executeUpdate();
    }

    private static MediaView view(Row r) {
        long id = r.getLong(0);
        long exerciseId = r.getLong(12);
        return new MediaView(id, r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getLong(5), r.getString(6),
                r.isNull(7) ? null : r.getInt(7), r.isNull(8) ? null : r.getInt(8), r.isNull(9) ? null : r.getLong(9),
                "/api/exercises/" + exerciseId + "/media/" + id, r.getString(10), r.getTime(11));
    }
}
