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
}
