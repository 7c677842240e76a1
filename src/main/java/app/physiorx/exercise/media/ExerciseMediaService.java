package app.physiorx.exercise.media;

import app.physiorx.account.Account;
import app.physiorx.common.ImageCheck;
import app.physiorx.common.InvalidInputException;
import app.physiorx.common.NotAllowedException;
import app.physiorx.exercise.Exercise;
import app.physiorx.exercise.ExerciseService;
import app.physiorx.exercise.media.MediaApi.MediaFile;
import app.physiorx.exercise.media.MediaApi.MediaUpdate;
import app.physiorx.exercise.media.MediaApi.MediaView;
import app.physiorx.exercise.media.MediaApi.Upload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Pictures (up to {@value MediaApi#MAX_PICTURES}, ordered, captioned; PNG or JPEG up to 5 MB) and one video (MP4 or
 * WebM up to 100 MB, with an optional poster picture) of a clinic exercise. Types are read from the content. Nothing
 * is deleted: removing or replacing marks the row removed and keeps the file, so published versions keep theirs.
 */
@ApplicationScoped
public class ExerciseMediaService {
    private final EntityManager em;
    private final ExerciseService exercises;
    private final ExerciseMediaQueries queries;
    private final MediaStore store;

    public ExerciseMediaService(EntityManager em, ExerciseService exercises, ExerciseMediaQueries queries, MediaStore store) {
        this.em = em;
        this.exercises = exercises;
        this.queries = queries;
        this.store = store;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MediaView> list(Account caller, long exerciseId) {
        exercises.visible(caller, exerciseId);
        return queries.current(exerciseId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaView get(Account caller, long exerciseId, long mediaId) {
        exercises.visible(caller, exerciseId);
        return queries.one(exerciseId, mediaId);
    }

    /** The stored file of one current media row (a poster included) of an exercise the caller sees. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaFile file(Account caller, long exerciseId, long mediaId) {
        exercises.visible(caller, exerciseId);
        return queries.file(exerciseId, mediaId);
    }

    @Transactional
    public MediaView upload(Account caller, long exerciseId, Upload upload) {
        Exercise e = editable(caller, exerciseId);
        String kind = upload.kind() == null || upload.kind().isBlank() ? "PICTURE" : upload.kind().trim().toUpperCase(Locale.ROOT);
        String caption = caption(upload.caption());
        long id = switch (kind) {
            case "PICTURE" -> addPicture(caller, exerciseId, upload.file(), caption);
            case "VIDEO" -> addVideo(caller, exerciseId, upload, caption);
            default -> throw InvalidInputException.field("kind", "choose PICTURE or VIDEO");
        };
        e.changedBy(caller.displayName());
        return queries.one(exerciseId, id);
    }

    private long addPicture(Account caller, long exerciseId, Path file, String caption) {
        int count = queries.current(exerciseId).stream().filter(MediaView::picture).toList().size();
        if (count >= MediaApi.MAX_PICTURES) {
            throw InvalidInputException.field("file", "an exercise has at most " + MediaApi.MAX_PICTURES
                    + " pictures: remove one first");
        }
        return insertPicture(caller, exerciseId, "PICTURE", count + 1, caption, readPicture(file, "file"));
    }

    private long addVideo(Account caller, long exerciseId, Upload upload, String caption) {
        if (upload.file() == null) {
            throw InvalidInputException.field("file", "choose an MP4 or WebM video");
        }
        String type = VideoCheck.detectType(upload.file(), "file");
        byte[] poster = upload.poster() == null || size(upload.poster()) == 0 ? null : readPicture(upload.poster(), "poster");
        MediaStore.Stored stored = store.put(upload.file(), VideoCheck.MAX_BYTES,
                InvalidInputException.field("file", "the video may be at most 100 MB"));
        em.createNativeQuery("""
                update exercise_media set removed_at = now()
                where exercise_id = :e and kind in ('VIDEO', 'POSTER') and removed_at is null""")
                .setParameter("e", exerciseId).executeUpdate();
        Long posterId = poster == null ? null : insertPicture(caller, exerciseId, "POSTER", 1, null, poster);
        return insert(exerciseId, "VIDEO", 1, caption, type, stored, null, null, posterId, caller);
    }

    /** A PNG or JPEG of at most 5 MB, checked by content and decoded; its bytes. */
    private static byte[] readPicture(Path file, String field) {
        if (file == null || size(file) == 0) {
            throw InvalidInputException.field(field, "choose a PNG or JPEG picture");
        }
        if (size(file) > MediaApi.MAX_PICTURE_BYTES) {
            throw InvalidInputException.field(field, "the picture may be at most 5 MB");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long insertPicture(Account caller, long exerciseId, String kind, int position, String caption, byte[] data) {
        String field = "POSTER".equals(kind) ? "poster" : "file";
        String type = ImageCheck.detectType(data, MediaApi.MAX_PICTURE_BYTES, field);
        BufferedImage image = ImageCheck.decode(data, field);
        MediaStore.Stored stored = store.put(new java.io.ByteArrayInputStream(data), MediaApi.MAX_PICTURE_BYTES,
                InvalidInputException.field(field, "the picture may be at most 5 MB"));
        return insert(exerciseId, kind, position, caption, type, stored, image.getWidth(), image.getHeight(), null, caller);
    }

    private long insert(long exerciseId, String kind, int position, String caption, String type, MediaStore.Stored stored,
                        Integer width, Integer height, Long posterId, Account caller) {
        return ((Number) em.createNativeQuery("""
                insert into exercise_media (exercise_id, kind, position, caption, content_type, size_bytes, sha256,
                                            width, height, poster_media_id, uploaded_by)
                values (:e, :kind, :pos, :caption, :type, :size, :sha, :w, :h, :poster, :by) returning id""")
                .setParameter("e", exerciseId).setParameter("kind", kind).setParameter("pos", position)
                .setParameter("caption", caption).setParameter("type", type).setParameter("size", stored.sizeBytes())
                .setParameter("sha", stored.sha256()).setParameter("w", width).setParameter("h", height)
                .setParameter("poster", posterId).setParameter("by", caller.displayName()).getSingleResult()).longValue();
    }

    /**
     * The older one-picture API ({@code PUT /api/exercises/{id}/image}): the picture replaces picture 1 (at most 2 MB,
     * the field named "image", as before); the other pictures stay.
     */
    @Transactional
    public void replaceFirstPicture(Account caller, long exerciseId, byte[] data) {
        Exercise e = editable(caller, exerciseId);
        ImageCheck.detectType(data);
        ImageCheck.decode(data);
        em.createNativeQuery("""
                update exercise_media set removed_at = now()
                where exercise_id = :e and kind = 'PICTURE' and position = 1 and removed_at is null""")
                .setParameter("e", exerciseId).executeUpdate();
        insertPicture(caller, exerciseId, "PICTURE", 1, null, data);
        e.changedBy(caller.displayName());
    }

    /** The exercise's first picture; 404 without one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaFile firstPicture(Account caller, long exerciseId) {
        exercises.visible(caller, exerciseId);
        MediaView first = queries.firstPictures(List.of(exerciseId)).get(exerciseId);
        if (first == null) {
            throw new app.physiorx.common.NotFoundException("The picture");
        }
        return new MediaFile(first.sha256(), first.contentType(), first.sizeBytes());
    }

    /** A new caption and/or place among the pictures; the other pictures move up or down to make room. */
    @Transactional
    public MediaView update(Account caller, long exerciseId, long mediaId, MediaUpdate change) {
        Exercise e = editable(caller, exerciseId);
        MediaView media = queries.one(exerciseId, mediaId);
        if (change != null && change.caption() != null) {
            em.createNativeQuery("update exercise_media set caption = :c where id = :m")
                    .setParameter("c", caption(change.caption())).setParameter("m", mediaId).executeUpdate();
        }
        if (change != null && change.position() != null) {
            List<Long> order = pictureIds(exerciseId);
            if (!media.picture() || change.position() < 1 || change.position() > order.size()) {
                throw InvalidInputException.field("position", media.picture()
                        ? "choose a place from 1 to " + order.size() : "only pictures have a place in the order");
            }
            order.remove(mediaId);
            order.add(change.position() - 1, mediaId);
            renumber(order);
        }
        e.changedBy(caller.displayName());
        return queries.one(exerciseId, mediaId);
    }

    /** Marks the media removed (its file stays: published versions may show it); the pictures after it move up. */
    @Transactional
    public void remove(Account caller, long exerciseId, long mediaId) {
        Exercise e = editable(caller, exerciseId);
        MediaView media = queries.one(exerciseId, mediaId);
        em.createNativeQuery("update exercise_media set removed_at = now() where (id = :m or id = :p) and removed_at is null")
                .setParameter("m", mediaId).setParameter("p", media.posterMediaId() == null ? -1L : media.posterMediaId())
                .executeUpdate();
        renumber(pictureIds(exerciseId));
        e.changedBy(caller.displayName());
    }

    private List<Long> pictureIds(long exerciseId) {
        return new java.util.ArrayList<>(queries.current(exerciseId).stream().filter(MediaView::picture).map(MediaView::id).toList());
    }

    private void renumber(List<Long> order) {
        for (int i = 0; i < order.size(); i++) {
            em.createNativeQuery("update exercise_media set position = :p where id = :m")
                    .setParameter("p", i + 1).setParameter("m", order.get(i)).executeUpdate();
        }
    }

    Exercise editable(Account caller, long exerciseId) {
        Exercise e = exercises.visible(caller, exerciseId);
        if (e.isStarter()) {
            throw new NotAllowedException("Starter exercises are read-only. Copy the exercise to add pictures or a video.");
        }
        return e;
    }

    private static String caption(String caption) {
        String c = caption == null ? null : caption.strip();
        if (c != null && c.length() > MediaApi.MAX_CAPTION) {
            throw InvalidInputException.field("caption", "a caption may be at most " + MediaApi.MAX_CAPTION + " characters");
        }
        return c == null || c.isEmpty() ? null : c;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
