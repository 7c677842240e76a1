package app.physiorx.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.exercise.ExerciseApi.ExerciseInput;
import app.physiorx.web.FormErrors;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The movement type and difficulty of a clinic's own exercise, as the form reads them and the rules check them. */
@Tag("unit")
class ExerciseFormFactsTest {
    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private static ExerciseForm form(String movement, String difficulty) {
        ExerciseForm f = ExerciseForm.empty();
        f.name = "Brisk walk";
        f.bodyRegions = List.of(BodyRegion.KNEE.name());
        f.repsMin = "10";
        f.steps = "Walk briskly.";
        f.movement = movement;
        f.difficulty = difficulty;
        return f;
    }

    @Test
    void bothAreOptional() {
        FormErrors errors = new FormErrors();
        ExerciseInput input = form("", " ").toInput(errors);
        assertTrue(errors.isEmpty(), errors.map().toString());
        assertNull(input.movement());
        assertNull(input.difficulty());
        assertTrue(validator.validate(input).isEmpty());
    }

    @Test
    void theFormReadsAMovementTypeAndADifficulty() {
        FormErrors errors = new FormErrors();
        ExerciseInput input = form("MOTOR_CONTROL", "3").toInput(errors);
        assertNotNull(input, errors.map().toString());
        assertEquals(MovementType.MOTOR_CONTROL, input.movement());
        assertEquals(3, input.difficulty());
        assertTrue(validator.validate(input).isEmpty());
    }

    @Test
    void anUnknownMovementTypeOrAWordForDifficultyIsNamedByItsField() {
        FormErrors errors = new FormErrors();
        assertNull(form("SPRINTING", "hard").toInput(errors));
        assertEquals("choose one of the listed values", errors.map().get("movement"));
        assertTrue(errors.map().get("difficulty").contains("whole number"), errors.map().toString());
    }

    @Test
    void aDifficultyOutsideOneToThreeBreaksTheRule() {
        for (String level : List.of("0", "4", "7")) {
            var violations = validator.validate(form("STRENGTH", level).toInput(new FormErrors()));
            assertEquals(1, violations.size(), level);
            var v = violations.iterator().next();
            assertEquals("difficulty", v.getPropertyPath().toString());
            assertEquals(ExerciseApi.DIFFICULTY_RANGE, v.getMessage());
        }
        for (String level : List.of("1", "2", "3")) {
            assertTrue(validator.validate(form("STRENGTH", level).toInput(new FormErrors())).isEmpty(), level);
        }
    }
}
