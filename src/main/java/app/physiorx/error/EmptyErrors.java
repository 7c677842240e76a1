package app.physiorx.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * API errors that Quarkus answers before our code runs (a path parameter that is not a number on a
 * POST, a change without a body refused by the CSRF check) come without a body; every API error
 * gets its problem document here.
 */
public class EmptyErrors {

    @ServerResponseFilter
    public void problem(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        String path = request.getUriInfo().getPath();
        if (status < 400 || response.hasEntity() || !path.startsWith("/api/")) {
            return;
        }
        String detail = switch (status) {
            case 400 -> "The request could not be read: check the path and its parameters, and send a JSON body"
                    + " (an empty object {} when there is nothing else to send).";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take " + request.getMethod() + ".";
            case 406 -> "This address cannot answer in the requested format.";
            case 415 -> "Send the body as application/json.";
            default -> null;
        };
        response.setEntity(new Problem("about:blank", ErrorHandler.title(status), status, detail, path, null, List.of()), null,
                jakarta.ws.rs.core.MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
