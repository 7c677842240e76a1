package app.physiorx.template;

import app.physiorx.exercise.Side;
import app.physiorx.template.TemplateApi.ItemInput;
import io.quarkus.qute.TemplateGlobal;

/** Value lists that the template editor offers in selects. */
@TemplateGlobal
public class TemplateChoices {
    static final Side[] templateSides = ItemInput.SIDES.toArray(new Side[0]);
}
