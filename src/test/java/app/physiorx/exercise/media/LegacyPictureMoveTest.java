package app.physiorx.exercise.media;

import static app.physiorx.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.physiorx.support.Pictures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The one picture per exercise of exercise_image moves into the media store as picture 1, once. */
@QuarkusTest
class LegacyPictureMoveTest {
    @Inject
    EntityManager em;
    @Inject
    LegacyPictureMoveService move;

    @Test
    void aPictureOfTheOldTableBecomesPictureOneAndMovesOnlyOnce() throws IOException {
        int id = ExerciseMediaApiTest.clinicExercise("therapist1");
        byte[] png = Pictures.picture("png", 120, 90);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into exercise_image (exercise_id, content_type, width, height, data, uploaded_by)
                values (:e, 'image/png', 120, 90, :d, 'Before the store')""")
                .setParameter("e", id).setParameter("d", png).executeUpdate());
        move.moveAll();
        move.moveAll();
        as("therapist1").get("/api/exercises/" + id + "/media").then().statusCode(200).body("", hasSize(1))
                .body("[0].position", equalTo(1)).body("[0].width", equalTo(120))
                .body("[0].sha256", equalTo(ExerciseMediaApiTest.sha256(png)))
                .body("[0].uploadedBy", equalTo("Before the store"));
        assertArrayEquals(png, ExerciseMediaApiTest.bytes("therapist1", "/api/exercises/" + id + "/image"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from exercise_image where exercise_id = :e and moved_at is null")
                .setParameter("e", id).getSingleResult()).longValue()));
    }
}
