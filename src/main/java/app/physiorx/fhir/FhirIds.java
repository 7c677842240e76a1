package app.physiorx.fhir;

import app.physiorx.common.NotFoundException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's canonical URLs and the logical ids of the resources /fhir serves.
 *
 * <p>Resources that belong to a patient carry the patient's id first ({@code CarePlan/12-34-2}: patient 12,
 * program 34, version 2), so a read finds the patient, checks the caller may see them, and builds only that
 * patient's resources. An id is opaque to clients; the server never trusts its parts without the check.
 */
public final class FhirIds {
    /** Where our StructureDefinitions, CodeSystems and the canonical URLs of built-in definitions live. */
    public static final String BASE = "https://physiorx.org/fhir";
    public static final String DOSAGE = BASE + "/StructureDefinition/exercise-dosage";
    public static final String PERFORMED = BASE + "/StructureDefinition/exercise-performed";
    public static final String PAIN_TIMING = BASE + "/StructureDefinition/pain-timing";
    public static final String SCORE = BASE + "/StructureDefinition/outcome-score";
    public static final String SYMPTOMS = BASE + "/CodeSystem/symptom";
    /** The system of PhysioRx's own record ids on Patient.identifier (the MRN, when the clinic set one, is another). */
    public static final String PATIENT_ID = BASE + "/sid/patient";
    public static final String STAFF_ID = BASE + "/sid/staff";
    public static final String SNOMED = "http://snomed.info/sct";
    public static final String LOINC = "http://loinc.org";
    public static final String EXERCISE_THERAPY = "229065009";
    public static final String PAIN_SEVERITY = "72514-3";
    public static final String EXERCISE_ACTIVITY = "73985-4";

    private static final Pattern OWNED = Pattern.compile("([1-9][0-9]{0,17})(?:-([0-9A-Za-z.-]{1,40}))?");

    private FhirIds() {
    }

    /** A patient's resource id: the patient's id, then the parts that name the resource within the record. */
    static String of(long patientId, Object... parts) {
        StringBuilder id = new StringBuilder().append(patientId);
        for (Object p : parts) {
            id.append('-').append(p);
        }
        return id.toString();
    }

    /** The patient an id of a patient's resource belongs to; anything else is "not found" (never a 400 or 500). */
    static long patientOf(String type, String id) {
        Matcher m = OWNED.matcher(id == null ? "" : id);
        if (!m.matches()) {
            throw new NotFoundException(type + "/" + id);
        }
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new NotFoundException(type + "/" + id);
        }
    }

    /** A plain numeric id (library exercise, template, instrument, staff member), or "not found". */
    static long number(String type, String id) {
        if (id == null || !id.matches("[1-9][0-9]{0,17}")) {
            throw new NotFoundException(type + "/" + id);
        }
        return Long.parseLong(id);
    }
}
