package app.physiorx.exercise;

import app.physiorx.account.Account;
import app.physiorx.exercise.media.ExerciseMediaService;
import app.physiorx.exercise.media.MediaApi.MediaFile;
import app.physiorx.exercise.media.MediaStore;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The older one-picture API, kept as "picture 1" of the exercise's pictures (see ExerciseMediaService): a PNG or JPEG
 * of at most 2 MB whose type is read from the content (magic bytes, then a full decode), never from the name.
 */
@ApplicationScoped
public class ExerciseImageService {

    private final ExerciseMediaService media;
    private final MediaStore store;

    public ExerciseImageService(ExerciseMediaService media, MediaStore store) {
        this.media = media;
        this.store = store;
    }

    public record ImageData(String contentType, byte[] data) {
    }

    public void store(Account caller, long exerciseId, byte[] data) {
        media.replaceFirstPicture(caller, exerciseId, data);
    }

    public ImageData load(Account caller, long exerciseId) {
        MediaFile first = media.firstPicture(caller, exerciseId);
        return new ImageData(first.contentType(), store.read(first.sha256()));
    }
}
