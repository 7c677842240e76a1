package app.physiorx.fhir;

import app.physiorx.account.Account;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.audit.Audited;
import app.physiorx.common.InvalidInputException;
import app.physiorx.common.NotAllowedException;
import app.physiorx.common.NotFoundException;
import app.physiorx.config.PhysioRxConfig;
import app.physiorx.fhir.FhirRecordService.Kind;
import app.physiorx.fhir.FhirSearch.Searchable;
import ca.uhn.fhir.context.FhirContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Read-only FHIR R4 under /fhir, JSON only: the capability statement, reads by id, the searches the capability
 * statement lists, and {@code Patient/{id}/$everything}. Same tokens and scope rules as /api: staff read their
 * caseload, a patient their own record; another clinic's or clinician's id answers 404; every read is audited with
 * the patient's id. Errors are OperationOutcomes (the one error handler writes them for paths under /fhir).
 */
@Audited("fhir")
@Path("/fhir")
@Produces(FhirResource.MEDIA_TYPE)
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME, Role.PATIENT_NAME})
@Tag(name = "FHIR")
public class FhirResource {
    public static final String MEDIA_TYPE = "application/fhir+json";

    private final CurrentUser currentUser;
    private final FhirRecordService records;
    private final FhirContext fhir;
    private final PhysioRxConfig config;
    @Context
    UriInfo uri;

    public FhirResource(CurrentUser currentUser, FhirRecordService records, FhirContext fhir, PhysioRxConfig config) {
        this.currentUser = currentUser;
        this.records = records;
        this.fhir = fhir;
        this.config = config;
    }

    @GET
    @Path("/metadata")
    @PermitAll
    @Audited("")
    @Operation(summary = "The CapabilityStatement: exactly the resources, reads, searches and operation this server serves")
    public Response metadata() {
        FhirSearch.only(params(), List.of());
        return json(FhirCapabilities.statement(base()));
    }

    @GET
    @Path("/Patient/{id}/{operation}")
    @Operation(summary = "Patient/{id}/$everything: the patient's whole record as one Bundle (staff: their caseload; a "
            + "patient: their own). The only operation served")
    public Response everything(@PathParam("id") String id, @PathParam("operation") String operation) {
        if (!"$everything".equals(operation)) { // matched decoded, so "%24everything" is the same operation
            throw new NotFoundException("The operation " + operation);
        }
        FhirSearch.only(params(), List.of());
        long patientId = FhirIds.number("Patient", id);
        scope("Patient");
        String scopes = currentUser.scopes(); // a SMART token gets the types its scopes grant
        long start = System.nanoTime();
        List<Resource> all = records.everything(account(), patientId).stream()
                .filter(r -> SmartScopes.mayRead(scopes, r.fhirType())).toList();
        long built = System.nanoTime();
        String body = fhir.newJsonParser().encodeResourceToString(
                FhirBundles.searchset(base(), "Patient/" + patientId + "/$everything", Map.of(), all, 0, Math.max(1, all.size())));
        long encoded = System.nanoTime();
        // how long reading the record and writing the JSON took, for the benchmark and for operators (no data in it)
        return Response.ok(body, MEDIA_TYPE + ";charset=UTF-8").header("Cache-Control", "private, no-store")
                .header("Server-Timing", String.format(java.util.Locale.ROOT, "record;dur=%.1f, encode;dur=%.1f",
                        (built - start) / 1e6, (encoded - built) / 1e6)).build();
    }

    @GET
    @Path("/{type}/{id}")
    @Operation(summary = "Read one resource by its id")
    public Response read(@PathParam("type") String type, @PathParam("id") String id) {
        FhirSearch.only(params(), List.of());
        scope(type);
        Account caller = account();
        Resource found = switch (type) {
            case "ActivityDefinition" -> records.activityDefinition(caller, FhirIds.number(type, id));
            case "PlanDefinition" -> records.planDefinition(caller, FhirIds.number(type, id));
            case "Questionnaire" -> records.questionnaire(caller, FhirIds.number(type, id));
            case "Practitioner" -> records.practitioner(caller, FhirIds.number(type, id));
            case "Patient" -> records.record(caller, FhirIds.number(type, id), EnumSet.of(Kind.PATIENT)).getFirst();
            default -> {
                Searchable s = FhirSearch.TYPES.get(type);
                if (s == null) {
                    throw new NotFoundException("The resource type " + type);
                }
                yield records.record(caller, FhirIds.patientOf(type, id), EnumSet.of(s.kind())).stream()
                        .filter(r -> r.fhirType().equals(type) && r.getIdElement().getIdPart().equals(id)).findFirst()
                        .orElseThrow(() -> new NotFoundException(type + "/" + id));
            }
        };
        return json(found);
    }

    @GET
    @Path("/{type}")
    @Operation(summary = "Search: CarePlan, ServiceRequest and QuestionnaireResponse by patient; Observation by patient, "
            + "code and date; Flag by patient and status. Paged with _count and _offset")
    public Response search(@PathParam("type") String type) {
        Searchable s = FhirSearch.TYPES.get(type);
        if (s == null) {
            throw new NotFoundException("A search of " + type);
        }
        Map<String, List<String>> params = params();
        List<String> allowed = new java.util.ArrayList<>(s.parameters());
        allowed.add("patient");
        FhirSearch.only(params, allowed);
        scope(type);
        Account caller = account();
        Long patient = FhirSearch.patient(params);
        if (patient == null) {
            if (caller.isStaff()) {
                throw InvalidInputException.field("patient", "search within one patient's record: give patient=<id>");
            }
            patient = records.ownPatientId(caller);
        }
        int count = FhirSearch.count(params);
        int offset = FhirSearch.offset(params);
        Predicate<Resource> filter = FhirSearch.filter(type, params, config.timeZone());
        List<Resource> matches = records.record(caller, patient, EnumSet.of(s.kind())).stream()
                .filter(r -> r.fhirType().equals(type)).filter(filter).toList();
        return json(FhirBundles.searchset(base(), type, params, matches, offset, count));
    }

    private Account account() {
        return currentUser.account();
    }

    /** A token that carries SMART scopes must hold one that grants reading this type. */
    private void scope(String type) {
        if (!SmartScopes.mayRead(currentUser.scopes(), type)) {
            throw new NotAllowedException("The token's scopes do not grant reading " + type + ".");
        }
    }

    private Map<String, List<String>> params() {
        return uri.getQueryParameters();
    }

    private String base() {
        String b = uri.getBaseUri().toString();
        return (b.endsWith("/") ? b : b + "/") + "fhir";
    }

    private Response json(Resource resource) {
        return Response.ok(fhir.newJsonParser().encodeResourceToString(resource), MEDIA_TYPE + ";charset=UTF-8")
                .header("Cache-Control", "private, no-store").build();
    }

    private Response json(Bundle bundle) {
        return json((Resource) bundle);
    }
}
