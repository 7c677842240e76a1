package app.physiorx.exercise.media;

import app.physiorx.common.Row;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Moves the one picture per exercise that {@code exercise_image} held before the media store into the store, as
 * picture 1 of {@code exercise_media}: once, at start-up, each row marked {@code moved_at} in the same transaction,
 * so a second start (or a second instance) moves nothing twice. Pages, API and handouts read only exercise_media.
 */
@ApplicationScoped
public class LegacyPictureMoveService {
    private static final Logger LOG = Logger.getLogger(LegacyPictureMoveService.class);
    private final EntityManager em;
    private final MediaStore store;

    public LegacyPictureMoveService(EntityManager em, MediaStore store) {
        this.em = em;
        this.store = store;
    }

    @Transactional
    void onStart(@Observes StartupEvent start) {
        int moved = moveAll();
        if (moved > 0) {
            LOG.infof("Moved %d exercise pictures into the media store", moved);
        }
    }

    /** Moves every picture not moved yet; how many. Rows are locked so two instances never move one twice. */
    @Transactional
    public int moveAll() {
        List<Row> rows = Row.map(em.createNativeQuery("""
                select exercise_id, content_type, width, height, data, uploaded_by, uploaded_at
                from exercise_image where moved_at is null order by exercise_id for update skip locked""")
                .getResultList(), r -> r);
        for (Row r : rows) {
            MediaStore.Stored stored = store.put(new java.io.ByteArrayInputStream(r.getBytes(4)), Long.MAX_VALUE,
                    new IllegalStateException("unreachable"));
            em.createNativeQuery("""
                    insert into exercise_media (exercise_id, kind, position, content_type, size_bytes, sha256, width, height,
                                                uploaded_by, uploaded_at)
                    select :e, 'PICTURE', 1, :type, :size, :sha, :w, :h, :by, :at
                    where not exists (select 1 from exercise_media where exercise_id = :e and kind = 'PICTURE'
                                      and removed_at is null)""")
                    .setParameter("e", r.getLong(0)).setParameter("type", r.getString(1))
                    .setParameter("size", stored.sizeBytes()).setParameter("sha", stored.sha256())
                    .setParameter("w", r.getInt(2)).setParameter("h", r.getInt(3)).setParameter("by", r.getString(5))
                    .setParameter("at", r.getTime(6)).executeUpdate();
            em.createNativeQuery("update exercise_image set moved_at = now() where exercise_id = :e")
                    .setParameter("e", r.getLong(0)).executeUpdate();
        }
        return rows.size();
    }
}
