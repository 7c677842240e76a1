package app.physiorx.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What a patient reads, in English; {@code messages/msg_es.properties} has the Spanish. Templates write
 * {@code {msg:key}}; the page's locale is the patient's language (portal.PatientLocale), English for staff and
 * anyone signed out. One message per sentence or label, named after its page.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {
    // ---------------------------------------------------------------- layout
    @Message("en")
    String lang();

    @Message("Skip to the main content")
    String layout_skip();

    @Message("My program")
    String layout_myProgram();

    @Message("Sign out")
    String layout_signOut();

    @Message("Sign in")
    String layout_signIn();

    @Message("Main")
    String layout_nav();

    @Message("open-source home exercise programs")
    String layout_footer();

    @Message("Back to my program")
    String backToProgram();

    // ---------------------------------------------------------------- reminders
    @Message("Reminders")
    String reminders_title();

    @Message("Your reminder times are saved.")
    String reminders_saved();

    @Message("Your calendar link is ready. Add it to your phone's calendar below.")
    String reminders_calendarReady();

    @Message("The calendar link is stopped. Your calendar will drop the reminders the next time it refreshes.")
    String reminders_calendarStopped();

    @Message("Please check the answers marked below.")
    String form_checkMarked();

    @Message("When")
    String reminders_when();

    @Message("Up to three times a day, in your clinic's time zone. Reminders never say what your exercises are.")
    String reminders_whenHint();

    @Message("First time")
    String reminders_time1();

    @Message("Second time (optional)")
    String reminders_time2();

    @Message("Third time (optional)")
    String reminders_time3();

    @Message("On which days?")
    String reminders_whichDays();

    @Message("The days of my program ({days})")
    String reminders_programDays(String days);

    @Message("These days:")
    String reminders_theseDays();

    @Message("By email")
    String reminders_byEmail();

    @Message("Email me at the first time, on days I have not logged my exercises yet")
    String reminders_emailMe();

    @Message("Your clinic has no email address for you. Ask them to add one if you would like email reminders.")
    String reminders_noEmail();

    @Message("Save reminders")
    String reminders_save();

    @Message("In my phone's calendar")
    String reminders_calendar();

    @Message("Your calendar shows a reminder with an alarm at each time above, on your reminder days, and follows your program when your therapist changes it.")
    String reminders_calendarOn();

    @Message("Add to my calendar")
    String reminders_addToCalendar();

    @Message("Download once (.ics)")
    String reminders_download();

    @Message("Or copy this private link into your calendar app")
    String reminders_copyLink();

    @Message("Anyone with this link sees your reminder times (nothing else). Stop it if you shared it by mistake, then make a new one.")
    String reminders_linkHint();

    @Message("Make a new link")
    String reminders_newLink();

    @Message("Stop the calendar link")
    String reminders_stopLink();

    @Message("Get a private calendar link: your phone's calendar then reminds you at the times above, and keeps up when your program changes.")
    String reminders_calendarOff();

    @Message("Make my calendar link")
    String reminders_makeLink();

    @Message("Reminder emails")
    String unsubscribe_title();

    @Message("Reminder emails are off. You can turn them on again on your reminders page after you sign in.")
    String unsubscribe_done();

    @Message("My reminders")
    String unsubscribe_myReminders();

    @Message("Stop the emails that remind you of your home exercises?")
    String unsubscribe_question();

    @Message("Stop reminder emails")
    String unsubscribe_button();

    @Message("Reminders by calendar or email")
    String home_remindersLink();

    @Message("give a time of day as hours and minutes, for example 18:30")
    String reminders_errTime();

    @Message("give at least one time of day")
    String reminders_errNoTime();

    @Message("choose days from the list")
    String reminders_errDays();

    @Message("choose at least one day, or let the reminders follow your program")
    String reminders_errNoDays();

    // ---------------------------------------------------------------- the reminder email and calendar (no health details)
    @Message("Time for your home exercises")
    String reminderMail_subject();

    @Message("""
            Hello,

            You have not logged today's home exercises yet. When you have done them, or if you would like to see them,
            open your program here (you may be asked to sign in):
            {link}

            You get this email because reminders are on for you. To stop them, open this link:
            {unsubscribe}
            """)
    String reminderMail_body(String link, String unsubscribe);

    @Message("Home exercises")
    String reminderCalendar_title();

    @Message("Time for your home exercises. Your program: {link}")
    String reminderCalendar_description(String link);

    // ---------------------------------------------------------------- the patient's home, red-flag notice, offline
    @Message("My program")
    String home_title();

    @Message("Hello, {name}")
    String home_hello(String name);

    @Message("A questionnaire is due")
    String home_dueOne();

    @Message("{count} questionnaires are due")
    String home_dueMany(int count);

    @Message("Your therapist asks you to fill it in. Each takes a minute or two and helps you both see how you are doing.")
    String home_dueAskOne();

    @Message("Your therapist asks you to fill them in. Each takes a minute or two and helps you both see how you are doing.")
    String home_dueAskMany();

    @Message("Answer now")
    String home_answerNow();

    @Message("overdue")
    String home_overdue();

    @Message("Log today's session")
    String home_logToday();

    @Message("My sessions and progress")
    String home_mySessions();

    @Message("How this is counted")
    String home_howCounted();

    @Message("Version {number}, from {date}. Stop an exercise that hurts a lot or feels very awkward, and call the clinic if your pain gets worse or you notice numbness, tingling or weakness.")
    String home_version(int number, String date);

    @Message("Download my handout (PDF)")
    String home_handout();

    @Message("Large print")
    String home_largePrint();

    @Message("Picture {n} of {exercise}")
    String home_pictureOf(Integer n, String exercise);

    @Message("{caption} of {exercise}")
    String home_captionOf(String caption, String exercise);

    @Message("Video of the exercise")
    String home_video();

    @Message("From your therapist:")
    String home_fromTherapist();

    @Message("Position:")
    String home_position();

    @Message("You need:")
    String home_youNeed();

    @Message("Your home program")
    String home_noProgramTitle();

    @Message("Your program appears here as soon as your therapist publishes it.")
    String home_noProgram();

    @Message("Your therapist has been told")
    String redFlag_toldTitle();

    @Message("In your session of {day} you reported {reported}. Your therapist has seen this and will be in touch. Keep your home exercises paused until they tell you how to go on.")
    String redFlag_toldText(String day, String reported);

    @Message("Please pause your exercises and call your clinic")
    String redFlag_pauseTitle();

    @Message("In your session of {day} you reported {reported}. Your therapist needs to check this before you go on, and has not seen it yet.")
    String redFlag_pauseText(String day, String reported);

    @Message("Do not do your home exercises for now.")
    String redFlag_dontExercise();

    @Message("Call {clinic} today on")
    String redFlag_callToday(String clinic);

    @Message("Call {clinic} on")
    String redFlag_call(String clinic);

    @Message("if you have not spoken with them yet, or if it gets worse.")
    String redFlag_callAfter();

    @Message("Contact {clinic} today if you have not spoken with them yet, or if it gets worse.")
    String redFlag_contactToday(String clinic);

    @Message("Contact {clinic} if you have not spoken with them yet, or if it gets worse.")
    String redFlag_contact(String clinic);

    @Message("Get urgent medical care straight away (call your emergency number) if you have any change in bladder or bowel control, or sudden weakness in an arm or a leg.")
    String redFlag_urgent();

    @Message("1 session is waiting to send")
    String offline_waitingOne();

    @Message("sessions are waiting to send")
    String offline_waitingMany();

    @Message("Kept on this phone, and sent by itself when you are back online.")
    String offline_kept();

    @Message("Your sign-in has ended, so nothing can be sent yet.")
    String offline_signinEnded();

    @Message("Sign in again")
    String offline_signinAgain();

    @Message("and it is all sent at once.")
    String offline_signinAfter();

    @Message("The clinic could not save")
    String offline_refusedBefore();

    @Message("of them (the day may be too far back, or your program has changed). Please log those again, or tell your therapist.")
    String offline_refusedAfter();

    @Message("Sessions not sent yet will be deleted from this phone when you sign out. Sign out anyway?")
    String offline_signoutWarning();

    @Message("Your therapist will be alerted as soon as your phone is back online and the session is sent.")
    String offline_alertLater();

    @Message("Call your clinic: {phone}")
    String offline_callClinic(String phone);

    @Message("Please choose the day and your pain before and after the session: without a signal the form cannot be checked by the clinic, so these answers are needed before it can be kept on this phone.")
    String offline_incomplete();

    // ---------------------------------------------------------------- logging a session (symptom_ and difficulty_ keys: Symptom.msgKey, Difficulty.msgKey)
    @Message("Log a session")
    String log_title();

    @Message("Logging is closed")
    String log_closed();

    @Message("Day of the session")
    String log_day();

    @Message("Today, or up to 14 days back.")
    String log_dayHint();

    @Message("Pain before you started (0 = no pain, 10 = worst imaginable)")
    String log_painBefore();

    @Message("Pain after the session (0-10)")
    String log_painAfter();

    @Message("Did you notice any of these?")
    String log_symptoms();

    @Message("I did everything as prescribed")
    String log_asPrescribed();

    @Message("Saves every exercise as planned, with the pain and symptoms above. Did something differently? Open that exercise below instead.")
    String log_asPrescribedHint();

    @Message("Your exercises")
    String log_yourExercises();

    @Message("Open an exercise to say what you did, if it was not the plan.")
    String log_openExercise();

    @Message("What I did")
    String log_whatIDid();

    @Message(" for {exercise}")
    String log_forExercise(String exercise);

    @Message("I did this exercise")
    String log_didIt();

    @Message("Sets done")
    String log_sets();

    @Message("Reps per set")
    String log_reps();

    @Message("Hold (seconds)")
    String log_hold();

    @Message("Time (seconds)")
    String log_time();

    @Message("Pain during it")
    String log_painDuring();

    @Message("Not noted")
    String log_notNoted();

    @Message("{v} of 10")
    String log_ofTen(String v);

    @Message("How hard did it feel?")
    String log_howHard();

    @Message("Anything else for your therapist? (optional)")
    String log_comment();

    @Message("Up to 2,000 characters.")
    String log_commentHint();

    @Message("Save this session")
    String log_save();

    @Message("Numbness")
    String symptom_NUMBNESS();

    @Message("Tingling")
    String symptom_TINGLING();

    @Message("New weakness")
    String symptom_NEW_WEAKNESS();

    @Message("Pain spreading into the arm")
    String symptom_ARM_PAIN();

    @Message("Pain at night")
    String symptom_NIGHT_PAIN();

    @Message("Dizziness")
    String symptom_DIZZINESS();

    @Message("Bladder or bowel changes")
    String symptom_BLADDER_BOWEL();

    @Message("Other")
    String symptom_OTHER();

    @Message("Too easy")
    String difficulty_TOO_EASY();

    @Message("About right")
    String difficulty_ABOUT_RIGHT();

    @Message("Too hard")
    String difficulty_TOO_HARD();

    @Message("The form is out of date. Please fill it in again.")
    String log_errOutOfDate();

    @Message("Choose the day of the session.")
    String log_errDay();

    @Message("Choose your pain before you started, from 0 to 10.")
    String log_errPainBefore();

    @Message("Choose your pain after the session, from 0 to 10.")
    String log_errPainAfter();

    @Message("Choose from the symptoms listed.")
    String log_errSymptoms();

    @Message("Choose how hard it felt.")
    String log_errDifficulty();

    // ---------------------------------------------------------------- one logged session
    @Message("Session of {date.longDate}")
    String session_title(java.time.LocalDate date);

    @Message("Thank you. Your session is saved.")
    String session_saved();

    @Message("All my sessions")
    String session_all();

    @Message("Pain before:")
    String session_painBefore();

    @Message("after:")
    String session_painAfter();

    @Message("highest during an exercise:")
    String session_worstDuring();

    @Message("Exercises done:")
    String session_exercisesDone();

    @Message("{done} of {total}")
    String session_xOfY(int done, int total);

    @Message("Symptoms:")
    String session_symptoms();

    @Message("Your note:")
    String session_yourNote();

    @Message("Exercises")
    String session_exercises();

    @Message("Plan:")
    String session_plan();

    @Message("Done")
    String session_done();

    @Message("Not done")
    String session_notDone();

    @Message("{n} sets")
    String session_sets(Integer n);

    @Message("1 set")
    String session_oneSet();

    @Message("of {n}")
    String session_ofReps(Integer n);

    @Message("holding {n} seconds")
    String session_holding(Integer n);

    @Message("{n} seconds")
    String session_seconds(Integer n);

    @Message("pain {n} of 10")
    String session_pain(Integer n);

    // ---------------------------------------------------------------- questionnaires
    @Message("My questionnaires")
    String measures_title();

    @Message("due {date.longDate}")
    String measures_due(java.time.LocalDate date);

    @Message("Nothing due right now.")
    String measures_nothingDue();

    @Message("Your therapist has not asked you to fill in any questionnaires.")
    String measures_none();

    // ---------------------------------------------------------------- session history
    @Message("My sessions")
    String history_title();

    @Message("Log a session")
    String history_log();

    @Message("Keeping up")
    String history_keepingUp();

    @Message("In the full weeks since your program started: {done} of {prescribed} days")
    String history_fullWeeks(int done, int prescribed);

    @Message("How this is counted:")
    String history_howCounted();

    @Message("A day counts as done when you log at least one session on it, however many you log that day.")
    String history_aDayCounts();

    @Message("Days before your program started on {date} do not count.")
    String history_beforeStart(String date);

    @Message("Days with a session in the last {weeks} weeks")
    String history_calendarWeeks(int weeks);

    @Message("Days with a session this week")
    String history_calendarThisWeek();

    @Message("Week")
    String history_week();

    @Message("Days done")
    String history_daysDone();

    @Message("Pain trend")
    String history_painTrend();

    @Message("Recent sessions")
    String history_recent();

    @Message("pain {before} → {after}, {done} of {total} exercises")
    String history_recentLine(int before, int after, int done, int total);

    @Message("No sessions yet.")
    String history_none();

    @Message("Log your first one")
    String history_first();
    @Message("Pain before and after each session, on a scale of 0 to 10")
    String chart_label();

    // ---------------------------------------------------------------- one questionnaire
    @Message("All my questionnaires")
    String answer_all();

    @Message("Thank you, your answers are saved")
    String answer_saved();

    @Message("Please check the answers marked below.")
    String answer_checkBelow();

    @Message("Due {date.longDate}{#if overdue}, and a little overdue{/if}. It takes a minute or two; there are no right or wrong answers.")
    String answer_due(java.time.LocalDate date, boolean overdue);

    @Message("Think of up to five everyday activities that your problem makes hard, such as \"lifting my grandchild\" or \"sitting through a film\". Name at least three, and rate how well you can do each one today. Next time you will rate the same activities.")
    String answer_firstTime();

    @Message("Activity {n}{#if !required} (optional){/if}")
    String answer_activityNumber(int n, boolean required);

    @Message("Activity")
    String answer_activity();

    @Message("Save my answers")
    String answer_save();

    @Message("Nothing to answer now: this questionnaire is next due on {date.longDate}.")
    String answer_notDueOn(java.time.LocalDate date);

    @Message("Nothing to answer now: this questionnaire is not due again.")
    String answer_notDueAgain();

    @Message("Back")
    String answer_stepBack();

    @Message("Next question")
    String answer_stepNext();

    /** For questionnaire.js, which puts in the numbers: "[n]" and "[total]" stay as written. */
    @Message("Question [n] of [total]")
    String answer_stepCount();

    @Message("Please name the activity to go on.")
    String answer_stepName();

    @Message("Please choose an answer to go on.")
    String answer_stepChoose();

    @Message("This questionnaire is in English: your clinic has not translated it.")
    String answer_untranslated();

    // ---------------------------------------------------------------- the error page
    /** The page's language as a word the error page can test: English pages keep the handler's own detail. */
    @Message("en")
    String language();

    @Message("Sign in with another account")
    String error_otherAccount();

    @Message("Back to the start page")
    String error_back();

    /** Spanish only: the status in words (English pages use the handler's title). */
    @Message("{status}")
    String error_title(int status);

    /** Spanish only: what the status means for the reader (English pages use the handler's detail). */
    @Message("{status} {errorId}")
    String error_detail(int status, String errorId);
}
