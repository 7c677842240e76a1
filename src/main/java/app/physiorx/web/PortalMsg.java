package app.physiorx.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What therapists and clinic admins read in the portal, in English; {@code messages/portal_es.properties} has the
 * Spanish. Templates write {@code {portal:key}}; the page's locale is the clinic's portal language (clinic settings,
 * portal.PatientLocale with portal.PageLanguage). Exercise content and patient data are not in here. One message
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

    // ---------------------------------------------------------------- shared
    @Message("Active")
    String status_active();

    @Message("Discharged")
    String status_discharged();

    @Message("Large print")
    String largePrint();

    // ---------------------------------------------------------------- caseload
    @Message("Add patient")
    String caseload_add();

    @Message("Find a patient")
    String caseload_find();

    @Message("Name or record number")
    String caseload_findPlaceholder();

    @Message("Status")
    String caseload_status();

    @Message("All")
    String caseload_all();

    @Message("Search")
    String caseload_search();

    @Message("1 patient")
    String caseload_onePatient();

    @Message("{n} patients")
    String caseload_patients(long n);

    @Message("Select")
    String caseload_select();

    @Message("Select {name}")
    String caseload_selectPatient(String name);

    @Message("Patient")
    String caseload_patient();

    @Message("Condition")
    String caseload_condition();

    @Message("Therapist")
    String caseload_therapist();

    @Message("Last activity")
    String caseload_lastActivity();

    @Message("born {date}")
    String caseload_born(java.time.LocalDate date);

    @Message("MRN {mrn}")
    String caseload_mrn(String mrn);

    @Message("A questionnaire due")
    String caseload_oneDue();

    @Message("{n} questionnaires due")
    String caseload_due(int n);

    @Message(", overdue")
    String caseload_allOverdue();

    @Message("({n} overdue)")
    String caseload_overdue(int n);

    @Message("Download the selected patients' handouts (ZIP)")
    String caseload_bulk();

    @Message("Each patient's current published version, one PDF each; your browser shows the download's progress.")
    String caseload_bulkHint();

    // ---------------------------------------------------------------- alerts list
    @Message("High")
    String sev_high();

    @Message("Medium")
    String sev_medium();

    @Message("Low")
    String sev_low();

    @Message("Not yet acknowledged")
    String alertStatus_open();

    @Message("Acknowledged")
    String alertStatus_acknowledged();

    @Message("Resolved")
    String alertStatus_resolved();

    @Message("Severity")
    String alerts_severity();

    @Message("Any")
    String alerts_any();

    @Message("Show")
    String alerts_show();

    @Message("Why")
    String alerts_why();

    @Message("Raised")
    String alerts_raisedOn();

    @Message("Latest reason")
    String alerts_latest();

    @Message("One patient has an alert here.")
    String alerts_onePatient();

    @Message("{n} patients have an alert here.")
    String alerts_patients(long n);

    @Message("No alerts match these filters.")
    String alerts_noMatch();

    // ---------------------------------------------------------------- templates list
    @Message("Protocol templates")
    String templates_title();

    @Message("New template")
    String templates_new();

    @Message("Ships with PhysioRx")
    String templates_starter();

    @Message("Clinic")
    String templates_clinic();

    @Message("1 exercise")
    String templates_oneExercise();

    @Message("{n} exercises")
    String templates_exercises(long n);

    // ---------------------------------------------------------------- program versions, version, publish
    @Message("Back to the program")
    String program_back();

    @Message("Cancel")
    String cancel();

    @Message("Versions of {title}")
    String versions_title(String title);

    @Message("Version {n}")
    String version_n(int n);

    @Message("Published by {who} on {date}")
    String version_published(String who, java.time.LocalDate date);

    @Message("First version.")
    String versions_first();

    @Message("Alert settings")
    String versions_alertSettings();

    @Message("Your monitoring, not the patient's instructions: each change took effect when it was saved.")
    String versions_alertSettingsHint();

    @Message("When")
    String versions_when();

    @Message("Who")
    String versions_who();

    @Message("Setting")
    String versions_setting();

    @Message("From")
    String versions_from();

    @Message("To")
    String versions_to();

    @Message("No changes since the program was created.")
    String versions_noChanges();

    @Message("{title}, version {n}")
    String version_titled(String title, int n);

    @Message("All versions")
    String version_all();

    @Message("stage {n} active")
    String version_activeStage(int n);

    @Message("Download handout (PDF)")
    String version_handout();

    @Message("Print view")
    String version_print();

    @Message("Print the first handout with sign-in details")
    String version_firstHandout();

    @Message("The patient's username and temporary password are printed once, on this handout only.")
    String version_firstHandoutHint();

    @Message("Stage {n}")
    String version_stage(int n);

    @Message("not shown to the patient in this version")
    String version_notShown();

    @Message("Publish {title}")
    String publish_title(String title);

    @Message("Publish {title} as version {n}?")
    String publish_question(String title, int n);

    @Message("{name} will see these changes to version {n}:")
    String publish_changesTo(String name, int n);

    @Message("{name} will see these changes:")
    String publish_changes(String name);

    @Message("Nothing changed since version {n}, so there is nothing to publish. Change the draft first.")
    String publish_nothing(int n);

    @Message("Publish version {n}")
    String publish_button(int n);

    @Message("Add at least one exercise before publishing.")
    String publish_empty();

    @Message("Added")
    String changes_added();

    @Message("Removed")
    String changes_removed();

    @Message("Changed")
    String changes_changed();

    @Message("{n} exercises")
    String version_exercises(int n);

    // ---------------------------------------------------------------- template page
    @Message("Edit")
    String edit();

    @Message("Your clinic")
    String templates_yourClinic();

    @Message("Save a copy for my clinic")
    String templates_copy();

    @Message("For:")
    String templates_for();

    @Message("Starter content from PhysioRx for your clinic to review before you use it.")
    String templates_starterNote();

    @Message("Stages")
    String templates_stages();

    @Message("(from week {n})")
    String templates_fromWeek(Integer n);

    @Message("Exercise")
    String templates_exercise();

    @Message("Stage")
    String templates_stage();

    @Message("Dosage")
    String templates_dosage();

    @Message("Note")
    String templates_note();

    @Message("archived")
    String templates_archived();

    @Message("Later stage {n}")
    String templates_laterStage(int n);

    @Message("Start")
    String templates_start();
}
