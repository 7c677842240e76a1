package app.physiorx.exercise;

import app.physiorx.common.NotFoundException;
import app.physiorx.common.NotAllowedException;
import app.physiorx.account.Account;
import app.physiorx.common.ImageCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.time.OffsetDateTime;

/**
 * One PNG or JPEG picture per clinic exercise, at most 2 MB. The type is read from the
 * content (magic bytes, then a full decode), never from the file name or the declared type.
 */
@ApplicationScoped
public class ExerciseImageService {

    private final ExerciseService exercises;

    public ExerciseImageService(ExerciseService exercises) {
        this.exercises = exercises;
    }

    public record ImageData(String contentType, byte[] data) {
    }

    @Transactional
    public void store(Account caller, long exerciseId, byte[] data) {
        Exercise e = exercises.visible(caller, exerciseId);
        if (e.isStarter()) {
            throw new NotAllowedException("Starter exercises are read-only. Copy the exercise to add a picture.");
        }
        String type = ImageCheck.detectType(data);
        BufferedImage image = ImageCheck.decode(data);
        ExerciseImage stored = ExerciseImage.findById(exerciseId);
        if (stored == null) {
            stored = new ExerciseImage();
            stored.exerciseId = exerciseId;
        }
        stored.contentType = type;
        stored.width = image.getWidth();
        stored.height = image.getHeight();
        stored.data = data;
        stored.uploadedBy = caller.displayName();
        stored.uploadedAt = OffsetDateTime.now();
        stored.persist();
        e.changedBy(caller.displayName());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImageData load(Account caller, long exerciseId) {
        exercises.visible(caller, exerciseId);
        ExerciseImage image = ExerciseImage.findById(exerciseId);
        if (image == null) {
            throw new NotFoundException("The picture");
        }
        return new ImageData(image.contentType, image.data);
    }
}
