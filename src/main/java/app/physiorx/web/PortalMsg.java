package app.physiorx.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What therapists and clinic admins read in the portal, in English; {@code messages/portal_es.properties} has the
 * Spanish. Templates write {@code {portal:key}}; the page's locale is the clinic's portal language (clinic settings,
 * portal.PatientLocale with portal.PortalLanguage). Exercise content and patient data are not in here. One message
 * per sentence or label, named after its page.
 */
@MessageBundle(value = "portal", locale = "en")
public interface PortalMsg {
    // ---------------------------------------------------------------- layout (staff parts)
    @Message("Dashboard")
    String nav_dashboard();

    @Message("Caseload")
    String nav_caseload();

    @Message("Library")
    String nav_library();

    @Message("Templates")
    String nav_templates();

    @Message("Alerts")
    String nav_alerts();

    @Message("Audit")
    String nav_audit();

    @Message("{count} open")
    String nav_alertsOpen(long count);

    @Message("clinic admin")
    String role_clinicAdmin();

    @Message("therapist")
    String role_therapist();

    @Message("patient")
    String role_patient();

    // ---------------------------------------------------------------- dashboard
    @Message("Welcome, {name}")
    String dash_welcome(String name);

    @Message("Add your clinic's phone number")
    String dash_phoneTitle();

    @Message("Patients who report a red-flag symptom are told to call the clinic, and every handout prints its number. Your clinic has no phone number yet.")
    String dash_phoneText();

    @Message("Add it in the clinic settings")
    String dash_phoneLink();

    @Message("Therapists signed in")
    String dash_therapists();

    @Message("Clinic admins")
    String dash_clinicAdmins();

    @Message("Patients with an account")
    String dash_patients();

    @Message("Getting started")
    String dash_start();

    @Message("Browse the")
    String dash_startBrowse();

    @Message("exercise library")
    String dash_startLibrary();

    @Message(", add your clinic's own exercises, and keep")
    String dash_startAdd();

    @Message("protocol templates")
    String dash_startTemplates();

    @Message("to start programs from.")
    String dash_startPrograms();

    @Message("Keep the")
    String dash_startKeep();

    @Message("clinic settings")
    String dash_startSettings();

    @Message("(name, phone, paper size, language) up to date.")
    String dash_startUpToDate();

    // ---------------------------------------------------------------- alerts panel (dashboard)
    @Message("Open alerts")
    String alerts_open();

    @Message("Not yet acknowledged:")
    String alerts_notAcknowledged();

    @Message("High: {n}")
    String alerts_high(long n);

    @Message("Medium: {n}")
    String alerts_medium(long n);

    @Message("Low: {n}")
    String alerts_low(long n);

    @Message("raised {date}")
    String alerts_raised(java.time.LocalDate date);

    @Message("All {n} alerts not yet acknowledged")
    String alerts_all(long n);

    @Message("No alerts waiting for you. New ones appear here at once.")
    String alerts_none();

    // ---------------------------------------------------------------- clinic settings
    @Message("Clinic settings")
    String clinic_title();

    @Message("Back to the dashboard")
    String clinic_back();

    @Message("The clinic settings are saved.")
    String clinic_saved();

    @Message("Please check the fields marked below.")
    String form_checkMarked();

    @Message("Clinic name")
    String clinic_name();

    @Message("Phone number patients should call")
    String clinic_phone();

    @Message("Shown to a patient who reports a red-flag symptom, and printed on every handout.")
    String clinic_phoneHint();

    @Message("Paper size for handouts")
    String clinic_paperSize();

    @Message("US Letter")
    String clinic_letter();

    @Message("Language of the portal")
    String clinic_language();

    @Message("For the clinic's therapists and clinic admins. Each patient reads their pages in their own language, set on their record.")
    String clinic_languageHint();

    @Message("Save")
    String save();

    @Message("Choose one of the paper sizes.")
    String clinic_choosePaper();

    @Message("Choose English or Spanish.")
    String clinic_chooseLanguage();
}
