package app.physiorx.error;

import ca.uhn.fhir.context.FhirContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Errors under /fhir as FHIR clients expect them: an {@code OperationOutcome} (application/fhir+json) with one
 * issue per field at fault, its {@code expression} naming the parameter, and the same plain words the JSON API
 * uses. Never a stack trace or a class name.
 */
final class FhirOutcome {
    private FhirOutcome() {
    }

    static boolean isFhir(String path) {
        return path.equals("/fhir") || path.startsWith("/fhir/");
    }

    static Response response(int status, String detail, List<Problem.FieldError> errors, String errorId) {
        OperationOutcome outcome = new OperationOutcome();
        IssueType type = switch (status) {
            case 400 -> IssueType.INVALID;
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404 -> IssueType.NOTFOUND;
            case 409 -> IssueType.CONFLICT;
            case 503 -> IssueType.TRANSIENT;
            default -> IssueType.EXCEPTION;
        };
        IssueSeverity severity = status >= 500 ? IssueSeverity.FATAL : IssueSeverity.ERROR;
        if (errors.isEmpty()) {
            outcome.addIssue().setSeverity(severity).setCode(type).setDiagnostics(detail);
        }
        for (Problem.FieldError e : errors) {
            outcome.addIssue().setSeverity(severity).setCode(type).setDiagnostics(e.detail()).addExpression(e.field());
        }
        if (errorId != null) {
            outcome.getIssueFirstRep().getDetails().setText("Error id " + errorId);
        }
        String body = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(outcome);
        return Response.status(status).type("application/fhir+json;charset=UTF-8").entity(body).build();
    }
}
