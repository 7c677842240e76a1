package app.physiorx.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What therapists and clinic admins read in the portal, in English; {@code messages/portal_es.properties} has the
 * Spanish. Templates write {@code {portal:key}}; the page's locale is the clinic's portal language (clinic settings,
 * portal.PatientLocale with portal.PageLanguage). Exercise content and patient data are not in here. One message
 * per sentence or label, named after its page. The names of things (alert rules, symptoms, sides...) are in
 * {@link PortalNames}. At most 300 messages: Quarkus 3.33 generates a bundle of more that fails to load (VerifyError).
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

    // ---------------------------------------------------------------- patient page
    @Message("therapist {name}")
    String patient_therapist(String name);

    @Message("shared with")
    String patient_sharedWith();

    @Message("New temporary password")
    String patient_newPassword();

    @Message("Create sign-in")
    String patient_createSignIn();

    @Message("Details")
    String patient_details();

    @Message("Record number")
    String patient_mrn();

    @Message("Date of birth")
    String patient_dateOfBirth();

    @Message("Start of care")
    String patient_startOfCare();

    @Message("Email")
    String patient_email();

    @Message("Phone")
    String patient_phone();

    @Message("Language")
    String patient_language();

    @Message("Reminders")
    String patient_reminders();

    @Message("email")
    String patient_remindEmail();

    @Message("and")
    String patient_and();

    @Message("phone calendar")
    String patient_remindCalendar();

    @Message("at {times}")
    String patient_at(String times);

    @Message("no day")
    String patient_noDay();

    @Message("off")
    String patient_remindOff();

    @Message("Sign-in")
    String patient_signIn();

    @Message("none yet")
    String patient_noneYet();

    @Message("Progress report")
    String patient_report();

    @Message("A PDF for your notes or the insurer. Leave the dates empty for the last eight weeks.")
    String patient_reportHint();

    @Message("From")
    String patient_reportFrom();

    @Message("To")
    String patient_reportTo();

    @Message("Download progress report (PDF)")
    String patient_reportButton();

    @Message("Programs")
    String patient_programs();

    @Message("version {n}")
    String patient_version(int n);

    @Message(", draft changed")
    String patient_draftChanged();

    @Message("draft, not published")
    String patient_draftOnly();

    @Message("No program yet.")
    String patient_noProgram();

    @Message("New program")
    String patient_newProgram();

    @Message("Title (optional)")
    String patient_titleOptional();

    @Message("Start from")
    String patient_startFrom();

    @Message("An empty program")
    String patient_emptyProgram();

    @Message("Template: {name}")
    String patient_fromTemplate(String name);

    @Message("Copy: {label}")
    String patient_copy(String label);

    @Message("Start program")
    String patient_startProgram();

    @Message("No alerts.")
    String patient_noAlerts();

    @Message("Pain trend (last eight weeks)")
    String patient_painTrend();

    @Message("{date}: pain {before} → {after}, {done} of {total} exercises")
    String patient_session(java.time.LocalDate date, int before, int after, int done, int total);

    @Message("Outcome measures")
    String patient_measures();

    @Message("At the start")
    String patient_atStart();

    @Message(", then")
    String patient_then();

    @Message("every {n} weeks")
    String patient_everyWeeks(Integer n);

    @Message(", and")
    String patient_andThen();

    @Message("at discharge ({date})")
    String patient_atDischargeOn(java.time.LocalDate date);

    @Message("Not asked any more: the patient is discharged and cannot sign in.")
    String patient_notAsked();

    @Message("Overdue since {date}")
    String patient_overdueSince(java.time.LocalDate date);

    @Message("Due {date}")
    String patient_due(java.time.LocalDate date);

    @Message("(the discharge questionnaire: ask the patient to answer it before you discharge them, as discharge ends their sign-in)")
    String patient_dischargeQuestionnaire();

    @Message("Nothing due now.")
    String patient_nothingDue();

    @Message("First {first}, latest {latest}, change {change}:")
    String patient_scores(String first, String latest, String change);

    @Message("The change that matters: {n} points")
    String patient_mcid(String n);

    @Message("or {n} %")
    String patient_mcidPercent(String n);

    @Message("lower is better")
    String patient_lowerBetter();

    @Message("higher is better")
    String patient_higherBetter();

    @Message("{title}: 1 score, first {first}, latest {latest} ({better}). {verdict}.")
    String patient_chartLabelOne(String title, String first, String latest, String better, String verdict);

    @Message("{title}: {n} scores, first {first}, latest {latest} ({better}). {verdict}.")
    String patient_chartLabel(String title, int n, String first, String latest, String better, String verdict);

    @Message("No meaningful change from the first score")
    String patient_band();

    @Message("Scores of {title}")
    String patient_scoresOf(String title);

    @Message("Answered")
    String patient_answered();

    @Message("Due")
    String patient_dueCol();

    @Message("Score")
    String patient_score();

    @Message("Activities:")
    String patient_activities();

    @Message("Not answered yet.")
    String patient_notAnswered();

    @Message("Stop this measure")
    String patient_stopMeasure();

    @Message("No outcome measures yet. Add one to see whether the program makes a difference that matters.")
    String patient_noMeasures();

    @Message("Add a measure")
    String patient_addMeasureTitle();

    @Message("Measure")
    String patient_measure();

    @Message("Choose a measure")
    String patient_chooseMeasure();

    @Message("(clinic's own, version {version})")
    String patient_clinicsOwn(int version);

    @Message("Program")
    String patient_program();

    @Message("When the patient answers")
    String patient_whenAnswers();

    @Message("Then every this many weeks (empty: no repeat)")
    String patient_everyWeeksLabel();

    @Message("At discharge")
    String patient_atDischarge();

    @Message("Planned discharge date")
    String patient_dischargeOn();

    @Message("Add measure")
    String patient_addMeasure();


    // ---------------------------------------------------------------- patient form
    @Message("Edit patient")
    String patientForm_editTitle();

    @Message("Back")
    String patientForm_back();

    @Message("Edit {first} {last}")
    String patientForm_edit(String first, String last);

    @Message("Please correct the fields marked below.")
    String form_correctMarked();

    @Message("First name")
    String patientForm_firstName();

    @Message("Last name")
    String patientForm_lastName();

    @Message("Record number (MRN)")
    String patientForm_mrn();

    @Message("Optional: this patient's number in your clinic's health record, so that records sent there can be matched.")
    String patientForm_mrnHint();

    @Message("Condition / reason for care")
    String patientForm_condition();

    @Message("Language of the patient's pages")
    String patientForm_language();

    @Message("In Spanish so far: the page frame and the reminders (pages, email, calendar). The program, session and handout pages follow.")
    String patientForm_languageHint();

    @Message("Therapist in charge")
    String patientForm_therapist();

    @Message("Choose a therapist")
    String patientForm_chooseTherapist();

    @Message("Shared with")
    String patientForm_sharedWith();

    @Message("Discharged (sign-in disabled, records kept)")
    String patientForm_discharged();

    @Message("Notes")
    String patientForm_notes();

    @Message("Save patient")
    String patientForm_save();

    @Message("Add patient and create sign-in")
    String patientForm_addAndSignIn();


    // ---------------------------------------------------------------- access page
    @Message("Sign-in for {name}")
    String access_title(String name);

    @Message("Give these to the patient now. The password is shown only this once; at the first sign-in the patient chooses a password of their own.")
    String access_giveNow();

    @Message("Sign in at")
    String access_signInAt();

    @Message("Username")
    String access_username();

    @Message("Temporary password")
    String access_password();

    @Message("At your first sign-in you choose a password of your own. Keep it to yourself.")
    String access_firstSignIn();

    @Message("Print this sheet")
    String access_print();

    @Message("Go to {name}")
    String access_goTo(String name);


    // ---------------------------------------------------------------- program builder
    @Message("For {name}")
    String builder_for(String name);

    @Message("published version {n}")
    String builder_published(int n);

    @Message("the draft has 1 change not published yet")
    String builder_oneChange();

    @Message("the draft has {n} changes not published yet")
    String builder_changes(int n);

    @Message("nothing changed since")
    String builder_nothingChanged();

    @Message("draft, not published yet")
    String builder_draft();

    @Message("last saved by {who}")
    String builder_savedBy(String who);

    @Message("Handout (PDF)")
    String builder_handout();

    @Message("Versions")
    String builder_versions();

    @Message("Publish…")
    String builder_publish();

    @Message("Exercises ({n})")
    String builder_exercises(int n);

    @Message("No exercises yet. Add some from the library.")
    String builder_noExercises();

    @Message("stage {n}")
    String builder_stage(int n);

    @Message("Move {name} up")
    String builder_up(String name);

    @Message("Move {name} down")
    String builder_down(String name);

    @Message("Remove {name}")
    String builder_removeItem(String name);

    @Message("Remove")
    String builder_remove();

    @Message("Edit {name}")
    String builder_edit(String name);

    @Message("Side")
    String builder_side();

    @Message("Stage (1 = from the start)")
    String builder_stageLabel();

    @Message("Notes for the patient")
    String builder_notes();

    @Message("Save dosage")
    String builder_saveDosage();

    @Message("Saving…")
    String builder_saving();

    @Message("Saved {name}.")
    String builder_saved(String name);

    @Message("Saved the program details.")
    String builder_savedDetails();

    @Message("Add from the library")
    String builder_addFromLibrary();

    @Message("Name, cue or tag")
    String builder_searchPlaceholder();

    @Message("Add {name}")
    String builder_addExercise(String name);

    @Message("Add")
    String builder_add();

    @Message("Program details and pain alerts")
    String builder_details();

    @Message("Title")
    String builder_title();

    @Message("Goal / notes for the patient")
    String builder_goal();

    @Message("Active stage (the patient sees its exercises once you publish)")
    String builder_activeStage();

    @Message("Start date")
    String builder_startDate();

    @Message("Review date")
    String builder_reviewDate();

    @Message("Alert settings are for your monitoring, not instructions for the patient: a change takes effect when you save it, without publishing, and the versions page lists it.")
    String builder_alertHint();

    @Message("Alert at pain (0-10) of")
    String builder_painThreshold();

    @Message("Alert at a rise over baseline of")
    String builder_painRise();

    @Message("Alert after days without a session")
    String builder_inactiveDays();

    @Message("Red-flag symptoms (alert at once)")
    String builder_redFlags();

    @Message("Save details")
    String builder_saveDetails();


    // ---------------------------------------------------------------- alert page
    @Message("Alert: {name}")
    String alert_title(String name);

    @Message(", {n} reasons, the latest on {date}")
    String alert_occurrences(int n, java.time.LocalDate date);

    @Message("Note (optional)")
    String alert_note();

    @Message("Acknowledge")
    String alert_acknowledge();

    @Message("Resolve")
    String alert_resolve();

    @Message("Sessions behind it")
    String alert_sessions();

    @Message("Day")
    String alert_day();

    @Message("Pain before → after")
    String alert_painBeforeAfter();

    @Message("Highest during")
    String alert_highestDuring();

    @Message("Symptoms")
    String alert_symptoms();

    @Message("Patient's note")
    String alert_patientNote();

    @Message("Reasons")
    String alert_reasons();

    @Message("History")
    String alert_history();

    @Message("{action} by {who}")
    String alert_by(String action, String who);

    @Message("Acknowledged. The patient's page now says that their therapist has been told.")
    String alert_acknowledged();

    @Message("Resolved. The alert has left the open list; a new reason opens a new alert.")
    String alert_resolvedDone();

    @Message("The note can be at most 1,000 characters.")
    String alert_noteTooLong();

    @Message("The page is out of date. Reload it and try again.")
    String alert_outOfDate();

    @Message("(session of {date})")
    String reasons_session(java.time.LocalDate date);

    @Message("and {n} more on the alert's page")
    String reasons_more(Integer n);
}
