package app.physiorx.reminder;

import app.physiorx.config.PhysioRxConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The daily reminder email: at the patient's first chosen time (the clinic's zone) on a reminder day, only when the
 * day's session is not logged yet. The job runs every few minutes, once across instances (an advisory lock), and a
 * reminder is claimed in reminder_sent (committed) before it is sent, so no patient gets two for a day, whatever
 * restarts or instances there are; a send that fails is logged and not retried that day for the same reason.
 */
@ApplicationScoped
public class ReminderMail {
    private static final Logger LOG = Logger.getLogger(ReminderMail.class);

    private final ReminderService reminders;
    private final ReminderQueries queries;
    private final ReminderSendService log;
    private final Mailer mailer;
    private final ZoneId zone;
    private final boolean enabled;

    public ReminderMail(ReminderService reminders, ReminderQueries queries, ReminderSendService log, Mailer mailer,
                        PhysioRxConfig config) {
        this.reminders = reminders;
        this.queries = queries;
        this.log = log;
        this.mailer = mailer;
        this.zone = config.timeZone();
        this.enabled = config.mail().enabled();
    }

    @Scheduled(every = "{physiorx.reminders.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (enabled) {
            int sent = runAt(ZonedDateTime.now(zone));
            if (sent > 0) {
                LOG.infof("Reminder emails: %d sent", sent);
            }
        }
    }

    /** Sends the reminders due at {@code now}; the number sent. Public for the tests, which choose the time. */
    @Transactional
    public int runAt(ZonedDateTime now) {
        if (!log.lockForThisRun()) {
            return 0; // another instance is at it
        }
        ZonedDateTime local = now.withZoneSameInstant(zone);
        LocalDate today = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        int sent = 0;
        for (ReminderQueries.Candidate c : queries.candidates(today)) {
            List<LocalTime> times = ReminderService.times(c.times());
            if (times.getFirst().isAfter(time)) {
                continue;
            }
            List<DayOfWeek> chosen = ReminderService.days(c.days());
            if (!reminders.days(c.patientId(), chosen).contains(today.getDayOfWeek())
                    || reminders.currentVersion(c.patientId()).isEmpty()) {
                continue; // not a reminder day, or nothing published to do
            }
            if (!log.claim(c.patientId(), today)) {
                continue;
            }
            try {
                mailer.send(mail(c));
                log.mark(c.patientId(), today, "sent");
                sent++;
            } catch (RuntimeException e) {
                log.mark(c.patientId(), today, "failed");
                LOG.warnf("Could not send the reminder email for patient %d: %s", c.patientId(), e.getMessage());
            }
        }
        return sent;
    }

    private Mail mail(ReminderQueries.Candidate c) {
        String unsubscribe = reminders.unsubscribeUrl(c.unsubscribeToken());
        app.physiorx.web.Msg msg = app.physiorx.web.Messages.in(c.language());
        return Mail.withText(c.email(), msg.reminderMail_subject(), msg.reminderMail_body(reminders.signInUrl(c.language()), unsubscribe))
                .addHeader("List-Unsubscribe", "<" + unsubscribe + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .addHeader("Auto-Submitted", "auto-generated");
    }
}
