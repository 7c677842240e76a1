package app.physiorx.portal;

import app.physiorx.account.CurrentUser;
import app.physiorx.clinic.ClinicService;
import app.physiorx.patient.PatientLanguageQueries;
import jakarta.enterprise.context.RequestScoped;

/**
 * The language of the signed-in user's pages, looked up once per request: a patient's own (set by their therapist),
 * a staff member's clinic's (set by its clinic admins). A page renders several templates (the page, its layout,
 * fragments); one query serves them all.
 */
@RequestScoped
public class PageLanguage implements app.physiorx.web.PageLocale {
    private final CurrentUser currentUser;
    private final ClinicService clinics;
    private final PatientLanguageQueries patients;
    private String language;

    public PageLanguage(CurrentUser currentUser, ClinicService clinics, PatientLanguageQueries patients) {
        this.currentUser = currentUser;
        this.clinics = clinics;
        this.patients = patients;
    }

    /** "en" or "es"; English for anyone signed out or without a role. */
    @Override
    public String get() {
        if (language == null) {
            language = !currentUser.isSignedIn() ? "en"
                    : currentUser.isPatient() ? patients.ofAccount(currentUser.account())
                    : currentUser.isStaff() ? clinics.languageOf(currentUser.account().clinicId()) : "en";
        }
        return language;
    }
}
