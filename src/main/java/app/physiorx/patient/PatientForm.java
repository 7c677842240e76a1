package app.physiorx.patient;

import static app.physiorx.common.Text.blankToNull;

import app.physiorx.patient.PatientApi.PatientInput;
import app.physiorx.patient.PatientApi.PatientView;
import app.physiorx.web.FormErrors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;

/** The patient form as typed (all text), so that it can be shown again with its errors. */
public class PatientForm {
    @RestForm public String firstName;
    @RestForm public String lastName;
    @RestForm public String mrn;
    @RestForm public String dateOfBirth;
    @RestForm public String email;
    @RestForm public String phone;
    @RestForm public String condition;
    @RestForm public String startOfCare;
    @RestForm public String therapistId;
    @RestForm public String notes;
    @RestForm public String status;
    @RestForm public List<String> sharedWith = new ArrayList<>();
    @RestForm public String version;
    @RestForm public String language;

    public static PatientForm of(PatientView p) {
        PatientForm f = new PatientForm();
        f.firstName = p.firstName();
        f.lastName = p.lastName();
        f.mrn = p.mrn();
        f.dateOfBirth = p.dateOfBirth() == null ? "" : p.dateOfBirth().toString();
        f.email = p.email();
        f.phone = p.phone();
        f.condition = p.condition();
        f.startOfCare = p.startOfCare() == null ? "" : p.startOfCare().toString();
        f.therapistId = p.therapist() == null ? "" : String.valueOf(p.therapist().id());
        f.notes = p.notes();
        f.status = p.status().name();
        f.sharedWith = p.sharedWith().stream().map(s -> String.valueOf(s.id())).toList();
        f.version = String.valueOf(p.version());
        f.language = p.language();
        return f;
    }

    public boolean isTherapist(long id) {
        return String.valueOf(id).equals(therapistId);
    }

    public boolean isLanguage(String code) {
        return code.equals(language == null || language.isBlank() ? "en" : language);
    }

    public boolean isSharedWith(long id) {
        return sharedWith.contains(String.valueOf(id));
    }

    public PatientInput toInput(FormErrors errors) {
        LocalDate dob = errors.date("dateOfBirth", dateOfBirth);
        LocalDate start = errors.date("startOfCare", startOfCare);
        Integer therapist = errors.number("therapistId", therapistId);
        PatientStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = PatientStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("status", "choose active or discharged");
            }
        }
        List<Long> shares = new ArrayList<>();
        for (String id : sharedWith) {
            Integer n = errors.number("sharedWith", id);
            if (n != null) {
                shares.add(n.longValue());
            }
        }
        Integer v = errors.number("version", version);
        if (!errors.isEmpty()) {
            return null;
        }
        return new PatientInput(text(firstName), text(lastName), dob, mrn == null ? null : blankToNull(mrn.strip()), blankToNull(email), blankToNull(phone), blankToNull(condition), start,
                therapist == null ? null : therapist.longValue(), blankToNull(notes), s, shares, v,
                language == null || language.isBlank() ? null : language.strip());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

}
