package app.physiorx.error;

import app.physiorx.common.ConflictException;
import app.physiorx.common.DomainException;
import app.physiorx.common.InvalidInputException;
import app.physiorx.common.NotAllowedException;
import app.physiorx.common.NotFoundException;
import app.physiorx.common.UpstreamException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place that turns exceptions into responses. The JSON API (paths under /api, or
 * clients that prefer JSON) gets application/problem+json; browsers get an HTML page in the
 * site layout. Messages are written here or come from a {@link DomainException}: no stack
 * trace or class name reaches a client. Server faults are logged with an id that the
 * response repeats.
 */
public class ErrorHandler {
    private static final Logger LOG = Logger.getLogger(ErrorHandler.class);

    @CheckedTemplate(basePath = "", requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail, List<Problem.FieldError> errors,
                                             String errorId);
    }

    /** What each kind of domain refusal is on the wire. Services say what went wrong; only this says how it is answered. */
    static int status(DomainException e) {
        return switch (e) {
            case InvalidInputException invalid -> 400;
            case NotAllowedException notAllowed -> 403;
            case NotFoundException notFound -> 404;
            case ConflictException conflict -> 409;
            case UpstreamException upstream -> 502;
        };
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.FieldError> errors = e.fields().stream()
                .map(f -> new Problem.FieldError(f.field(), PlainWords.fragment(f.field(), f.message()))).toList();
        return respond(uri, headers, status(e), e.getMessage(), errors, null);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        if (isReturnValueViolation(e)) {
            return serverFault(e, uri, headers);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), PlainWords.of(fieldName(v), v)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.size() == 1 ? errors.getFirst().detail()
                : "Some fields are not valid: " + errors.stream().map(Problem.FieldError::field).distinct()
                .collect(Collectors.joining(", ")) + ".";
        return respond(uri, headers, 400, detail, errors, null);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri, HttpHeaders headers) {
        return respond(uri, headers, 400, "The request body is not valid JSON.", List.of(), null);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return wrongJson(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response wrongJson(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("."));
        if (field.isEmpty()) {
            return respond(uri, headers, 400, "The request body does not have the expected shape.", List.of(), null);
        }
        String message = e instanceof NoNulText.NulInText ? NoNulText.MESSAGE : "has the wrong type or format";
        return respond(uri, headers, 400, field + ": " + message + ".", List.of(new Problem.FieldError(field, message)), null);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return respond(uri, headers, 400, "The request body could not be read as JSON.", List.of(), null);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return withBearerChallenge(respond(uri, headers, 401, "Sign in first: send a valid bearer token.", List.of(), null));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers,
                                         RoutingContext routing) {
        // A browser session Keycloak no longer renews (idle, too old, account disabled): the sign-in
        // challenge has already pointed the browser back to Keycloak; keep that redirect.
        String signIn = routing == null ? null : routing.response().headers().get(jakarta.ws.rs.core.HttpHeaders.LOCATION);
        if (signIn != null && !wantsJson(uri, headers)) {
            return Response.status(Response.Status.FOUND).location(java.net.URI.create(signIn))
                    .header(jakarta.ws.rs.core.HttpHeaders.CACHE_CONTROL, "no-store").build();
        }
        return respond(uri, headers, 401, "The access token is missing, invalid or expired.", List.of(), null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(uri, headers, 403, "Your role does not allow this.", List.of(), null);
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return respond(uri, headers, 409,
                "Someone else saved this record since you opened it. Reload it and apply your change again.", List.of(), null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return malformedJson(parse, uri, headers);
            }
            if (cause instanceof JsonMappingException mapping) {
                return wrongJson(mapping, uri, headers);
            }
        }
        if (status >= 500) {
            return serverFault(e, uri, headers);
        }
        String detail = switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the requested format.";
            case 415 -> "This address does not accept that content type.";
            default -> "The request could not be processed.";
        };
        return respond(uri, headers, status, detail, List.of(), null);
    }

    @ServerExceptionMapper
    public Response fault(Throwable e, UriInfo uri, HttpHeaders headers) {
        return serverFault(e, uri, headers);
    }

    /** PostgreSQL's "character not in repertoire" / "untranslatable character" (SQLSTATE 22021, 22P05). */
    private static boolean unstorableCharacter(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database could not be reached or went away mid-request (SQLSTATE class 08, a server shutting
     * down or starting up 57P01-57P03, or no pooled connection within the acquisition timeout): a
     * moment's outage, not a fault of the request or of the code. The causes and the suppressed
     * exceptions are searched (a failed commit carries the driver's exception as a suppressed one).
     */
    static boolean databaseUnavailable(Throwable e) {
        return databaseUnavailable(e, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static boolean databaseUnavailable(Throwable t, java.util.Set<Throwable> seen) {
        if (t == null || !seen.add(t) || seen.size() > 50) {
            return false;
        }
        if (t instanceof java.sql.SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03"))) {
                return true;
            }
            if (sql.getMessage() != null && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (databaseUnavailable(suppressed, seen)) {
                return true;
            }
        }
        return databaseUnavailable(t.getCause(), seen);
    }

    private Response serverFault(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (databaseUnavailable(e)) {
            LOG.warnf("Database unavailable for %s: %s", uri.getPath(), e.getMessage());
            return Response.fromResponse(respond(uri, headers, 503, "The service cannot reach its database right now. Please"
                    + " try again in a minute.", List.of(), null)).header("Retry-After", "30").build();
        }
        if (unstorableCharacter(e)) {
            // a form field with NUL or a byte sequence PostgreSQL cannot hold: the input's fault, nothing was stored
            return respond(uri, headers, 400, "The text holds a character that cannot be stored (such as NUL): remove it "
                    + "and send again.", List.of(), null);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Server fault %s on %s", errorId, uri.getPath());
        return respond(uri, headers, 500, "Something went wrong on our side. Quote this error id if you contact support: "
                + errorId + ".", List.of(), errorId);
    }

    static Response respond(UriInfo uri, HttpHeaders headers, int status, String detail,
                            List<Problem.FieldError> errors, String errorId) {
        String title = title(status);
        if (FhirOutcome.isFhir(uri.getPath())) {
            return FhirOutcome.response(status, detail, errors, errorId);
        }
        if (wantsJson(uri, headers)) {
            Problem problem = new Problem("about:blank", title, status, detail, uri.getPath(), errorId, errors);
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, detail, errors, errorId)).build();
    }

    static boolean wantsJson(UriInfo uri, HttpHeaders headers) {
        if (uri.getPath().startsWith("/api/") || uri.getPath().equals("/api")) {
            return true;
        }
        List<MediaType> accept = headers.getAcceptableMediaTypes();
        for (MediaType type : accept) {
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (type.getSubtype().endsWith("json")) {
                return true;
            }
        }
        return false;
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Invalid request";
            case 401 -> "Not signed in";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Conflict";
            case 413 -> "Too large";
            case 415 -> "Unsupported content type";
            case 429 -> "Too many requests";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Server error" : "Request failed";
        };
    }

    private static Response withBearerChallenge(Response response) {
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"physiorx\"").build();
    }

    private static boolean isReturnValueViolation(ConstraintViolationException e) {
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void append(StringBuilder field, String part) {
        if (!field.isEmpty()) {
            field.append('.');
        }
        field.append(part);
    }

    /** "create.body.dosage.sets" becomes "dosage.sets"; a bad query parameter keeps its own name. */
    public static String fieldName(ConstraintViolation<?> v) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> { }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.getIndex() != null) {
                        append(field, String.valueOf(node.getIndex()));
                    } else if (node.getKey() != null) {
                        append(field, String.valueOf(node.getKey()));
                    }
                    if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                        append(field, node.getName());
                    }
                }
            }
        }
        return !field.isEmpty() ? field.toString() : parameter == null ? "" : parameter;
    }
}
