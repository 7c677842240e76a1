package app.physiorx.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What staff read on the library's pages (search, exercise, editor, export and import), the template editor and the
 * audit pages, in English; {@code messages/library_es.properties} has the Spanish. Templates write
 * {@code {library:key}}; the page's locale is the clinic's portal language, as for {@link PortalMsg}. The library's value
 * lists (body regions, movement types, groups...) have one message per constant, {@code region_NECK}; positions and
 * equipment are named by {@code messages/dosage[_es].properties} (exercise.DosageWords), not here.
 */
@MessageBundle(value = "library", locale = "en")
public interface LibraryMsg {
    // ---------------------------------------------------------------- the library's value lists, one message per constant
    // (named enum_CONSTANT; exercise.LibraryLabels reads them by key, the English equals each enum's label)
    @Message("Neck")
    String region_NECK();

    @Message("Upper and mid back")
    String region_UPPER_BACK();

    @Message("Low back")
    String region_LOW_BACK();

    @Message("Core")
    String region_CORE();

    @Message("Shoulders and shoulder blades")
    String region_SHOULDERS();

    @Message("Elbow")
    String region_ELBOW();

    @Message("Wrist and hand")
    String region_WRIST_HAND();

    @Message("Hips and buttocks")
    String region_HIPS();

    @Message("Knee")
    String region_KNEE();

    @Message("Ankle and foot")
    String region_ANKLE_FOOT();

    @Message("Balance and falls prevention")
    String region_BALANCE();

    @Message("Breathing")
    String region_BREATHING();

    @Message("General conditioning")
    String region_GENERAL();

    @Message("Mobility")
    String movement_MOBILITY();

    @Message("Stretch")
    String movement_STRETCH();

    @Message("Strength")
    String movement_STRENGTH();

    @Message("Motor control")
    String movement_MOTOR_CONTROL();

    @Message("Balance")
    String movement_BALANCE();

    @Message("Aerobic")
    String movement_AEROBIC();

    @Message("Core and back")
    String group_CORE_AND_BACK();

    @Message("Shoulder strengthening")
    String group_SHOULDER_STRENGTHENING();

    @Message("Neck strengthening")
    String group_NECK_STRENGTHENING();

    @Message("as given")
    String repsMode_PLAIN();

    @Message("each side")
    String repsMode_EACH_SIDE();

    @Message("each side, alternating")
    String repsMode_EACH_SIDE_ALTERNATING();

    @Message("in total, alternating sides")
    String repsMode_ALTERNATING_TOTAL();

    // ---------------------------------------------------------------- the short dosage (exercise.DefaultDosage#summary)
    @Message("sets")
    String dosage_sets();

    @Message("reps")
    String dosage_reps();

    @Message("hold")
    String dosage_hold();

    @Message("up to")
    String dosage_upTo();

    @Message("day")
    String dosage_day();

    // ---------------------------------------------------------------- library (search)
    @Message("Exercise library")
    String lib_title();

    @Message("New exercise")
    String lib_new();

    @Message("Exercises marked “Starter” come with PhysioRx: starter content for your clinic to review before you prescribe it. Hide the ones your clinic does not use from the exercise's page.")
    String lib_starterNote();

    @Message("Export / import")
    String lib_transfer();

    @Message("Download your clinic's own exercises and templates as")
    String lib_download();

    @Message("(exercises) or")
    String lib_exercisesOr();

    @Message("ZIP with pictures")
    String lib_zip();

    @Message(", or")
    String lib_or();

    @Message("import a library file")
    String lib_importLink();

    @Message("from another clinic.")
    String lib_fromAnother();

    @Message("Search")
    String lib_search();

    @Message("Name, step, cue or tag")
    String lib_searchPlaceholder();

    @Message("Movement type")
    String lib_movement();

    @Message("Any type")
    String lib_anyType();

    @Message("Difficulty")
    String lib_difficulty();

    @Message("Any difficulty")
    String lib_anyDifficulty();

    @Message("Group")
    String lib_group();

    @Message("Any group")
    String lib_anyGroup();

    @Message("Body region")
    String lib_region();

    @Message("Any region")
    String lib_anyRegion();

    @Message("Position")
    String lib_position();

    @Message("Any position")
    String lib_anyPosition();

    @Message("Equipment")
    String lib_equipment();

    @Message("Any equipment")
    String lib_anyEquipment();

    @Message("Show hidden starter exercises")
    String lib_showHidden();

    @Message("Searching…")
    String lib_searching();

    @Message("exercise")
    String lib_exercise();

    @Message("exercises")
    String lib_exercises();

    @Message(", searched for “{q}”")
    String lib_searchedFor(String q);

    @Message("Refine the results")
    String lib_refine();

    @Message("Any {facet}")
    String lib_anyFacet(String facet);

    @Message("Nothing matched. Did you mean")
    String lib_didYouMean();

    @Message("Starter")
    String lib_starter();

    @Message("Clinic")
    String lib_clinic();

    @Message("Hidden")
    String lib_hidden();

    @Message("difficulty {level}")
    String lib_difficultyLevel(Integer level);

    @Message("Pages")
    String lib_pages();

    @Message("Previous")
    String lib_previous();

    @Message("Next")
    String lib_next();

    @Message("1 (easiest)")
    String lib_easiest();

    @Message("3 (hardest)")
    String lib_hardest();

    @Message("Check the search: one of its filters is not a value the library knows.")
    String lib_badSearch();

    // ---------------------------------------------------------------- an exercise
    @Message("Library")
    String ex_library();

    @Message("Starter catalog")
    String ex_starterCatalog();

    @Message("Your clinic")
    String ex_yourClinic();

    @Message("Archived")
    String ex_archived();

    @Message("Hidden from your clinic's library")
    String ex_hiddenHere();

    @Message("Starter content from PhysioRx for your clinic to review before you prescribe it.")
    String ex_starterNote();

    @Message("Edit")
    String ex_edit();

    @Message("Spanish")
    String ex_spanish();

    @Message("Copy to my clinic")
    String ex_copy();

    @Message("Show in our library again")
    String ex_unhide();

    @Message("Hide from our library")
    String ex_hide();

    @Message("Archive")
    String ex_archive();

    @Message("Restore")
    String ex_restore();

    @Message("Dosage")
    String ex_dosage();

    @Message("None")
    String ex_none();

    @Message("Related exercises")
    String ex_related();

    @Message("picture {n} of {name}")
    String ex_pictureOf(int n, String name);

    @Message("Caption of picture {n}")
    String ex_caption(int n);

    @Message("Save caption")
    String ex_saveCaption();

    @Message("Move up")
    String ex_up();

    @Message("Move down")
    String ex_down();

    @Message("Remove")
    String ex_remove();

    @Message("picture {n}")
    String ex_pictureN(int n);

    @Message("Video of the exercise")
    String ex_video();

    @Message("Remove the video")
    String ex_removeVideo();

    @Message("Add a picture or the video")
    String ex_addMedia();

    @Message("What it is")
    String ex_mediaKind();

    @Message("Picture (PNG or JPEG, up to 5 MB, at most 8)")
    String ex_mediaPicture();

    @Message("Video (MP4 or WebM, up to 100 MB; replaces the video)")
    String ex_mediaVideo();

    @Message("File")
    String ex_file();

    @Message("Caption (optional, such as \"Start\" or \"End\")")
    String ex_captionOptional();

    @Message("Poster picture for a video (optional; without one the first picture is shown)")
    String ex_poster();

    @Message("Upload")
    String ex_upload();

    @Message("Steps")
    String ex_steps();

    @Message("Key cues")
    String ex_cues();

    @Message("Precautions")
    String ex_precautions();

    @Message("Variations")
    String ex_variations();

    @Message("Last changed by {who}.")
    String ex_lastChanged(String who);

    @Message("Progression of")
    String relation_progressionOf();

    @Message("Progression")
    String relation_progression();

    @Message("Regression of")
    String relation_regressionOf();

    @Message("Easier version")
    String relation_easier();

    @Message("Variant of")
    String relation_variantOf();

    @Message("Variant")
    String relation_variant();

    // ---------------------------------------------------------------- the exercise editor
    @Message("Edit exercise")
    String form_editTitle();

    @Message("Edit {name}")
    String form_edit(String name);

    @Message("Back")
    String form_back();

    @Message("Please correct the fields marked below.")
    String form_correct();

    @Message("Name")
    String form_name();

    @Message("What it is, in a line (optional)")
    String form_subtitle();

    @Message("Shown under the name where the name alone could puzzle a patient.")
    String form_subtitleHint();

    @Message("No group")
    String form_noGroup();

    @Message("Movement type (optional)")
    String form_movement();

    @Message("Not set")
    String form_notSet();

    @Message("Difficulty (optional)")
    String form_difficulty();

    @Message("1 is the easiest, 3 the hardest.")
    String form_difficultyHint();

    @Message("Position in detail")
    String form_positionDetail();

    @Message("Body regions")
    String form_regions();

    @Message("Default dosage (a range or a single value; leave empty what does not apply)")
    String form_dosage();

    @Message("Sets from")
    String form_setsFrom();

    @Message("Sets to")
    String form_setsTo();

    @Message("Reps from")
    String form_repsFrom();

    @Message("Reps to")
    String form_repsTo();

    @Message("Hold from (s)")
    String form_holdFrom();

    @Message("Hold to (s)")
    String form_holdTo();

    @Message("Duration from (s)")
    String form_durationFrom();

    @Message("Duration to (s)")
    String form_durationTo();

    @Message("Times a day from")
    String form_timesFrom();

    @Message("Times a day to")
    String form_timesTo();

    @Message("Repetitions count")
    String form_repsMode();

    @Message("Dosage note")
    String form_dosageNote();

    @Message("Steps (one per line)")
    String form_steps();

    @Message("Key cues (one per line)")
    String form_cues();

    @Message("Precautions (one per line)")
    String form_precautions();

    @Message("Variations (one per line)")
    String form_variations();

    @Message("Tags (separated by commas)")
    String form_tags();

    @Message("Progression of")
    String form_progressionOf();

    @Message("None")
    String form_none();

    @Message("Save exercise")
    String form_save();

    @Message("the hold time (5 seconds)")
    String placeholder_HOLD();

    @Message("the number of repetitions (12)")
    String placeholder_REPS();

    @Message("the number of sets (3 sets)")
    String placeholder_SETS();

    @Message("how long (2 minutes)")
    String placeholder_DURATION();

    @Message("the rest between sets (30 seconds)")
    String placeholder_REST();

    @Message("which side (on each side)")
    String placeholder_SIDE();

    @Message("the resistance (a red band)")
    String placeholder_LOAD();

    @Message("a moment")
    String placeholder_moment();

    @Message("Words in braces are filled in from each patient's prescription: {parts}. After a bar, say what to write when nothing is prescribed: {example}.")
    String form_hint(String parts, String example);

    // ---------------------------------------------------------------- the template editor
    @Message("Edit template")
    String tpl_editTitle();

    @Message("New template")
    String tpl_new();

    @Message("Description")
    String tpl_description();

    @Message("Leave dosage fields empty to use the exercise's default (the low end of its range); leave days a week empty for every day. To remove a row, choose \"No exercise\". Save to get more empty rows.")
    String tpl_hint();

    @Message("Order")
    String tpl_order();

    @Message("Exercise")
    String tpl_exercise();

    @Message("Stage")
    String tpl_stage();

    @Message("Sets")
    String tpl_sets();

    @Message("Reps")
    String tpl_reps();

    @Message("Hold (s)")
    String tpl_hold();

    @Message("Duration (s)")
    String tpl_duration();

    @Message("Per day")
    String tpl_perDay();

    @Message("Days a week")
    String tpl_daysAWeek();

    @Message("Side")
    String tpl_side();

    @Message("Note")
    String tpl_note();

    @Message("Order of row {n}")
    String tpl_orderOf(int n);

    @Message("Exercise of row {n}")
    String tpl_exerciseOf(int n);

    @Message("No exercise")
    String tpl_noExercise();

    @Message("Hold seconds")
    String tpl_holdSeconds();

    @Message("Duration seconds")
    String tpl_durationSeconds();

    @Message("Times per day")
    String tpl_timesPerDay();

    @Message("Days a week of row {n}")
    String tpl_daysOf(int n);

    @Message("Side of row {n}")
    String tpl_sideOf(int n);

    @Message("As the exercise")
    String tpl_asExercise();

    @Message("Save template")
    String tpl_save();

    // ---------------------------------------------------------------- form errors in Spanish (web.LibraryLanguage)
    @Message("Please fill in {field}.")
    String err_fillIn(String field);

    @Message("{field} can be at most {n} characters long.")
    String err_tooLong(String field, String n);

    @Message("{field} needs {min} to {max} characters.")
    String err_length(String field, String min, String max);

    @Message("Choose at most {n} for {field}.")
    String err_atMost(String field, String n);

    @Message("{field} can be no lower than {n}.")
    String err_min(String field, String n);

    @Message("{field} can be no higher than {n}.")
    String err_max(String field, String n);

    @Message("Enter {field} as a whole number, such as 10.")
    String err_number(String field);

    @Message("Enter {field} as a date, such as 2026-03-31.")
    String err_date(String field);

    @Message("Choose one of the listed values.")
    String err_choose();

    @Message("Give a difficulty from 1 (easiest) to 3 (hardest), or leave it empty.")
    String err_difficulty();

    @Message("line {n}:")
    String err_line(String n);

    @Message("Choose both sides, the left or the right, or leave it empty to follow the exercise.")
    String err_side();

    @Message("Check {field}.")
    String err_check(String field);

    @Message("The form could not be saved as it is: check what you entered and save again.")
    String err_form();

    // ---------------------------------------------------------------- audit trail
    @Message("Audit trail")
    String audit_title();

    @Message("Every access to patient data by your clinic's users, and every attempt on your clinic's patients. Times are UTC. The trail holds no health details.")
    String audit_intro();

    @Message("Patient id")
    String audit_patientId();

    @Message("User")
    String audit_user();

    @Message("Action")
    String audit_action();

    @Message("e.g. patient.read")
    String audit_actionPlaceholder();

    @Message("From")
    String audit_from();

    @Message("To")
    String audit_to();

    @Message("Filter")
    String audit_filter();

    @Message("Export CSV")
    String audit_export();

    @Message("When (UTC)")
    String audit_when();

    @Message("Role")
    String audit_role();

    @Message("Patient")
    String audit_patient();

    @Message("Outcome")
    String audit_outcome();

    @Message("Request")
    String audit_request();

    @Message("(not signed in)")
    String audit_notSignedIn();

    @Message("allowed")
    String outcome_allowed();

    @Message("denied")
    String outcome_denied();

    @Message("not found")
    String outcome_notFound();

    @Message("invalid")
    String outcome_invalid();

    @Message("error")
    String outcome_error();

    @Message("More than 1,000 events")
    String audit_more();

    @Message("event")
    String audit_event();

    @Message("events")
    String audit_events();

    @Message("Newer")
    String audit_newer();

    @Message("Older")
    String audit_older();

    @Message("Check the filters: one of them is not a value the audit trail can search by.")
    String audit_badFilter();

    @Message("Access report: {name}")
    String report_title(String name);

    @Message("Patient record")
    String report_record();

    @Message("All events")
    String report_allEvents();

    @Message("Everyone who touched this record")
    String report_touchers();

    @Message("Events")
    String report_events();

    @Message("Refused")
    String report_refused();

    @Message("First (UTC)")
    String report_first();

    @Message("Last (UTC)")
    String report_last();

    @Message("Latest events")
    String report_latest();

    // ---------------------------------------------------------------- the hash chain's full check
    @Message("Full check of the hash chain")
    String chain_title();

    @Message("No full check has run yet. One runs every night; you can also start one now. The quick check of the API")
    String chain_none();

    @Message("re-hashes only what came after the newest checkpoint.")
    String chain_quick();

    @Message("Running since")
    String chain_runningSince();

    @Message("UTC:")
    String chain_utc();

    @Message("{checked} of about {total} events checked.")
    String chain_progress(long checked, long total);

    @Message("Full check progress")
    String chain_progressLabel();

    @Message("Intact.")
    String chain_intact();

    @Message("Broken:")
    String chain_broken();

    @Message("event {id}")
    String chain_event(Long id);

    @Message("Did not finish:")
    String chain_unfinished();

    @Message("The last full check, started by {who} on")
    String chain_lastStarted(String who);

    @Message("UTC, covered {checked} events up to event {id}.")
    String chain_covered(long checked, long id);

    @Message("Run a full check now")
    String chain_run();

    // ---------------------------------------------------------------- export and import
    @Message("Export and import")
    String transfer_title();

    @Message("Exercise library")
    String transfer_back();

    @Message("Export your clinic's library")
    String transfer_export();

    @Message("The files hold your clinic's own exercises and templates. Starter exercises are named by their short key only, so the file stays small and another clinic links to its own copy of the starter catalog.")
    String transfer_exportText();

    @Message("Library file (JSON)")
    String transfer_json();

    @Message(": exercises and templates")
    String transfer_jsonWhat();

    @Message("Exercises as a spreadsheet (CSV)")
    String transfer_csv();

    @Message("Library file with pictures (ZIP)")
    String transfer_zip();

    @Message("The format of the JSON file is published as a")
    String transfer_schema();

    @Message("Import into your clinic")
    String transfer_import();

    @Message("Nothing was imported: the file has 1 problem. Correct it and choose the file again.")
    String transfer_oneProblem();

    @Message("Nothing was imported: the file has {n} problems. Correct them and choose the file again.")
    String transfer_problems(int n);

    @Message("Line")
    String transfer_line();

    @Message("Row")
    String transfer_row();

    @Message("Column")
    String transfer_column();

    @Message("Field")
    String transfer_field();

    @Message("Problem")
    String transfer_problem();

    @Message("Trial run, nothing was saved: the import would add {exercises} exercises and {templates} templates")
    String transfer_trial(int exercises, int templates);

    @Message(", and leave out {n}")
    String transfer_trialSkipped(int n);

    @Message("Imported {exercises} exercises and {templates} templates")
    String transfer_imported(int exercises, int templates);

    @Message("; left out {n}")
    String transfer_skipped(int n);

    @Message("; {n} pictures")
    String transfer_pictures(int n);

    @Message("The file names {n} pictures; only a ZIP carries them.")
    String transfer_mediaLeftOut(int n);

    @Message("Your clinic already uses these names. Choose for each, then choose the file again.")
    String transfer_clashes();

    @Message("Exercise “{name}” (row {row})")
    String transfer_clashExercise(String name, int row);

    @Message("Template “{name}” (row {row})")
    String transfer_clashTemplate(String name, int row);

    @Message("Choose…")
    String transfer_choose();

    @Message("Import it as “{name}”")
    String transfer_rename(String name);

    @Message("Skip it and keep ours")
    String transfer_skip();

    @Message("Library file (JSON, CSV or ZIP)")
    String transfer_file();

    @Message("Trial run: check the file and show what would happen, save nothing")
    String transfer_dryRun();

    @Message("Everything in the file is checked before anything is saved; one problem anywhere imports nothing. JSON and CSV files up to 20 MB, ZIP files up to 200 MB.")
    String transfer_hint();

    @Message("Import")
    String transfer_button();
}
