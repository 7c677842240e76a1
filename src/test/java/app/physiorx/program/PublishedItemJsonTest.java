package app.physiorx.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.physiorx.exercise.Dosage;
import app.physiorx.exercise.Side;
import app.physiorx.program.ProgramApi.ItemInput;
import app.physiorx.program.ProgramApi.ItemView;
import app.physiorx.program.ProgramApi.PublishedItem;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The dosage value stays out of the JSON: stored versions and API answers keep their flat fields. */
@Tag("unit")
class PublishedItemJsonTest {
    /** An item of program_version.items as written before the dosage became one value. */
    static final String STORED = "{\"position\":1,\"exerciseId\":12,\"exerciseName\":\"Bridge\","
            + "\"positionText\":\"Lying on your back: knees bent\",\"equipment\":[\"Mat\"],\"steps\":[\"Lift your hips\"],"
            + "\"cues\":[],\"precautions\":[\"Stop if it hurts\"],\"sets\":3,\"reps\":10,\"side\":\"EACH_SIDE\","
            + "\"holdSeconds\":3,\"durationSeconds\":null,\"restSeconds\":null,\"timesPerDay\":2,\"daysPerWeek\":2,"
            + "\"weekdays\":[\"MONDAY\",\"THURSDAY\"],\"load\":null,\"tempo\":null,\"notes\":\"Slowly\","
            + "\"summary\":\"3 × 10 each side · hold 3 s · 2×/day · Mon/Thu\","
            + "\"inWords\":\"3 sets of 10 on each side, hold 3 seconds, twice a day, on Monday, Thursday\"}";

    /** With the modules Quarkus registers (parameter names among them), as the application's mapper has. */
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void aStoredVersionReadsAndWritesBackByteForByte() throws Exception {
        List<PublishedItem> items = json.readValue("[" + STORED + "]", new TypeReference<List<PublishedItem>>() {
        });
        PublishedItem item = items.getFirst();
        assertEquals(new Dosage(3, 10, Side.EACH_SIDE, 3, null, null, 2, 2, List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                null, null, "Slowly"), item.toDosage());
        assertEquals("[" + STORED + "]", json.writeValueAsString(items));
    }

    @Test
    void publishingWritesTheSameShape() throws Exception {
        PublishedItem stored = json.readValue(STORED, PublishedItem.class);
        var exercise = new app.physiorx.exercise.ExerciseApi.Prescribable(12, "Bridge",
                app.physiorx.exercise.ExerciseStatus.ACTIVE, null, null, app.physiorx.exercise.RepsMode.PLAIN, null, null,
                null, "Lying on your back", "knees bent", List.of("Mat"), List.of("Lift your hips"), List.of(),
                List.of("Stop if it hurts"));
        assertEquals(STORED, json.writeValueAsString(PublishedItem.of(1, exercise, stored.toDosage())));
    }

    @Test
    void draftItemsAndInputsStayFlat() throws Exception {
        Dosage d = new Dosage(2, 8, Side.LEFT, null, 60, 30, 1, 7, List.of(), "band", "2-0-2", null);
        assertEquals("{\"id\":5,\"position\":1,\"exerciseId\":12,\"exerciseName\":\"Bridge\",\"exerciseArchived\":false,"
                + "\"sets\":2,\"reps\":8,\"side\":\"LEFT\",\"holdSeconds\":null,\"durationSeconds\":60,\"restSeconds\":30,"
                + "\"timesPerDay\":1,\"daysPerWeek\":7,\"weekdays\":[],\"load\":\"band\",\"tempo\":\"2-0-2\",\"notes\":null,"
                + "\"summary\":\"2 × 8 left side · 1 min · rest 30 s · band · tempo 2-0-2 · 1×/day · daily\",\"stage\":1}",
                json.writeValueAsString(ItemView.of(5, 1, 12, "Bridge", false, d)));
        ItemInput input = json.readValue("{\"exerciseId\":12,\"sets\":2,\"side\":\"LEFT\",\"weekdays\":[\"FRIDAY\"]}", ItemInput.class);
        assertEquals(new Dosage(2, null, Side.LEFT, null, null, null, null, null, List.of(DayOfWeek.FRIDAY), null, null, null),
                input.toDosage());
        assertEquals(input, ItemInput.of(12, input.toDosage()));
    }
}
