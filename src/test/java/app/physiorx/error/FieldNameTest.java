package app.physiorx.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class FieldNameTest {
    record Item(@Max(20) int sets) {
    }

    record Program(@NotBlank String title, List<@Valid Item> items) {
    }

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void nestedListElementIsNamedWithItsIndex() {
        var violations = validator.validate(new Program("ok", List.of(new Item(3), new Item(500))));
        assertEquals(1, violations.size());
        assertEquals("items.1.sets", ErrorHandler.fieldName(violations.iterator().next()));
    }

    @Test
    void topLevelPropertyKeepsItsName() {
        var violations = validator.validate(new Program(" ", List.of()));
        assertEquals("title", ErrorHandler.fieldName(violations.iterator().next()));
    }
}
