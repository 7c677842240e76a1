package app.physiorx.account;

import app.physiorx.clinic.ClinicService.ClinicDetails;
import app.physiorx.clinic.PaperSize;

/** The caller's clinic with how many of each role have signed in to it. */
public record ClinicView(String name, String phone, PaperSize paperSize, String language, long therapists, long clinicAdmins,
                         long patientAccounts) {

    public static ClinicView of(ClinicDetails details, StaffDirectory.HeadCounts counts) {
        return new ClinicView(details.name(), details.phone(), details.paperSize(), details.language(), counts.therapists(),
                counts.clinicAdmins(), counts.patientAccounts());
    }
}
