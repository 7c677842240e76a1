package app.physiorx.alert;

import app.physiorx.account.StaffDirectory;
import app.physiorx.config.PhysioRxConfig;
import app.physiorx.patient.PatientService;
import app.physiorx.common.Words;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Emails the assigned therapist when a high-severity alert is raised, after the session's
 * transaction commits. The email carries no health details and no name: only that a patient
 * needs attention and a link to sign in. Off unless PHYSIORX_MAIL_ENABLED; dev and tests use
 * the mock mailer (dev mode logs the mail).
 */
@ApplicationScoped
public class AlertMail {
    private static final Logger LOG = Logger.getLogger(AlertMail.class);
    /** The English subject (the words are in {@code messages/alertmail[_es].properties}, in the clinic's language). */
    public static final String SUBJECT = Words.of("alertmail", "en").say("subject");

    private final ReactiveMailer mailer;
    private final app.physiorx.clinic.ClinicService clinics;
    private final PatientService patients;
    private final StaffDirectory staff;
    private final boolean enabled;
    private final String publicUrl;

    public AlertMail(ReactiveMailer mailer, app.physiorx.clinic.ClinicService clinics, PatientService patients, StaffDirectory staff,
                     PhysioRxConfig config) {
        this.mailer = mailer;
        this.clinics = clinics;
        this.patients = patients;
        this.staff = staff;
        this.enabled = config.mail().enabled();
        this.publicUrl = config.publicUrl();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onRaised(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertService.Raised raised) {
        if (!enabled || raised.severity() != app.physiorx.progress.PainRules.Severity.HIGH) {
            return;
        }
        java.util.Optional<StaffDirectory.Contact> to = patients.therapistOf(raised.patientId()).map(staff::contact);
        if (to.isEmpty()) {
            return;
        }
        Words words = Words.of("alertmail", clinics.languageOf(to.get().clinicId())); // the clinic's portal language
        String link = publicUrl + "/portal/alerts/" + raised.alertId();
        Mail mail = Mail.withText(to.get().email(), words.say("subject"), words.say("body", link));
        mailer.send(mail).subscribe().with(ok -> { }, failure -> LOG.warnf("Could not send the alert email for alert %d: %s",
                raised.alertId(), failure.getMessage()));
    }
}
