package app.physiorx.program;

import app.physiorx.exercise.Side;
import io.quarkus.qute.TemplateGlobal;

/** Value lists for the program builder's selects and checkboxes. */
@TemplateGlobal
public class ProgramChoices {
    static final Side[] sides = Side.values();
    static final Symptom[] symptoms = Symptom.values();
}
