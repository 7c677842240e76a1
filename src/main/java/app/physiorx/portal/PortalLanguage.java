package app.physiorx.portal;

import app.physiorx.account.CurrentUser;
import app.physiorx.clinic.ClinicService;
import jakarta.enterprise.context.RequestScoped;

/**
 * The language of the signed-in staff member's portal (their clinic's, set by its clinic admins), looked up once per
 * request: a page renders several templates (the page, its layout, fragments), one query serves them all.
 */
@RequestScoped
public class PortalLanguage {
    private final CurrentUser currentUser;
    private final ClinicService clinics;
    private String language;

    public PortalLanguage(CurrentUser currentUser, ClinicService clinics) {
        this.currentUser = currentUser;
        this.clinics = clinics;
    }

    /** "en" or "es". */
    public String get() {
        if (language == null) {
            language = clinics.languageOf(currentUser.account().clinicId());
        }
        return language;
    }
}
