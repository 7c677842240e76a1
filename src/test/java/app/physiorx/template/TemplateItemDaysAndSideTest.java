package app.physiorx.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.exercise.Side;
import app.physiorx.template.TemplateApi.ItemInput;
import app.physiorx.template.TemplateApi.TemplateInput;
import app.physiorx.template.TemplateApi.TemplateItem;
import app.physiorx.template.TemplateApi.TemplateView;
import app.physiorx.web.FormErrors;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Days a week and side of a clinic template's items: the editor carries them, the rule keeps the sides a template can hold. */
@Tag("unit")
class TemplateItemDaysAndSideTest {

    private static TemplateView shipped() {
        return new TemplateView(1, "Knee pain", null, true, false, List.of(
                new TemplateItem(1, 10, "Heel Slide", false, 1, 2, 10, null, null, 2, null, "2 × 10", 5, Side.LEFT),
                new TemplateItem(2, 11, "Calf Raise", false, 2, 3, 12, null, null, 1, null, "3 × 12", null, null)),
                3, "Knee pain", List.of());
    }

    @Test
    void aCopyOfATemplateKeepsEachItemsDaysAWeekAndSide() {
        FormErrors errors = new FormErrors();
        TemplateInput input = TemplateForm.of(shipped(), true).toInput(errors, new ArrayList<>());
        assertTrue(errors.isEmpty(), errors.map().toString());
        assertEquals(5, input.items().get(0).daysPerWeek());
        assertEquals(Side.LEFT, input.items().get(0).side());
        assertNull(input.items().get(1).daysPerWeek());
        assertNull(input.items().get(1).side());
        assertEquals(Side.LEFT, input.items().get(0).toDosage().side());
        assertEquals(5, input.items().get(0).toDosage().daysPerWeek());
    }

    @Test
    void theEditorNamesTheRowOfAnUnreadableDaysAWeekOrSide() {
        TemplateForm form = TemplateForm.of(shipped(), false);
        form.daysPerWeek.set(1, "often");
        form.side.set(1, "sideways");
        FormErrors errors = new FormErrors();
        assertNull(form.toInput(errors, new ArrayList<>()));
        assertTrue(errors.map().containsKey("rows.1.daysPerWeek"), errors.map().toString());
        assertEquals(ItemInput.SIDE_RULE, errors.map().get("rows.1.side"));
    }

    @Test
    void aTemplateItemKeepsBothSidesOneSideOrNone() {
        for (Side side : new Side[] {null, Side.BOTH, Side.LEFT, Side.RIGHT}) {
            assertTrue(new ItemInput(1L, 1, 2, 10, null, null, null, null, 3, side).sideFits(), String.valueOf(side));
        }
        assertFalse(new ItemInput(1L, 1, 2, 10, null, null, null, null, 3, Side.EACH_SIDE).sideFits());
        assertFalse(new ItemInput(1L, 1, 2, 10, null, null, null, null, 3, Side.ALTERNATING).sideFits());
    }

    @Test
    void anItemWithoutDaysOrSideLeavesThemEmpty() {
        ItemInput item = new ItemInput(1L, 1, 2, 10, null, null, null, "Go slowly");
        assertNull(item.toDosage().daysPerWeek());
        assertNull(item.toDosage().side());
    }
}
