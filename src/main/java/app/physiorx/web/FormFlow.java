package app.physiorx.web;

import app.physiorx.common.ConflictException;
import app.physiorx.common.InvalidInputException;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Function;

/**
 * The life of a submitted form: check the input (Bean Validation, then the service's rules),
 * save it and redirect (303), or answer 400 with the form shown again, each message beside
 * its field and everything the user typed kept. A record that is not found or not allowed is not a form
 * error and goes to the error handler.
 */
public final class FormFlow {
    private FormFlow() {
    }

    /**
     * @param input the parsed form, or null when {@code errors} already says why it could not be read
     * @param save saves the input and answers where to go next
     * @param showAgain renders the form with the errors
     */
    public static <I> Response submit(Validator validator, I input, FormErrors errors, Function<I, URI> save,
                                      Function<FormErrors, TemplateInstance> showAgain) {
        return respond(validator, input, errors, valid -> Response.seeOther(save.apply(valid)).build(), showAgain);
    }

    /** Like {@link #submit}, for a form whose success answers a page of its own instead of a redirect. */
    public static <I> Response respond(Validator validator, I input, FormErrors errors, Function<I, Response> save,
                                       Function<FormErrors, TemplateInstance> showAgain) {
        if (input != null) {
            errors.addAll(validator.validate(input));
        }
        if (errors.isEmpty()) {
            try {
                return save.apply(input);
            } catch (InvalidInputException | ConflictException e) {
                errors.addAll(e);
            }
        }
        return Response.status(400).entity(showAgain.apply(errors)).build();
    }
}
