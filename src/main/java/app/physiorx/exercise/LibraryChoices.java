package app.physiorx.exercise;

import io.quarkus.qute.TemplateGlobal;

/** Value lists that the library's pages offer in selects and checkboxes. */
@TemplateGlobal
public class LibraryChoices {
    static final ExerciseGroup[] exerciseGroups = ExerciseGroup.values();
    static final BodyRegion[] bodyRegionChoices = BodyRegion.values();
    static final Position[] positions = Position.values();
    static final MovementType[] movementTypes = MovementType.values();
    static final String[] difficulties = {"1", "2", "3"};
    static final Equipment[] equipmentChoices = Equipment.values();
    static final RepsMode[] repsModes = RepsMode.values();
    static final String placeholderHint = ExerciseText.hint();
}
