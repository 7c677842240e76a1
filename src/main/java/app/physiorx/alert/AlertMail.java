package app.physiorx.alert;

import app.physiorx.account.StaffDirectory;
import app.physiorx.config.PhysioRxConfig;
import app.physiorx.patient.PatientService;
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
    public static final String SUBJECT = "PhysioRx: a patient needs your attention";

    private final ReactiveMailer mailer;
    private final PatientService patients;
    private final StaffDirectory staff;
    private final boolean enabled;
    private final String publicUrl;

    public AlertMail(ReactiveMailer mailer, PatientService patients, StaffDirectory staff, PhysioRxConfig config) {
        this.mailer = mailer;
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
        java.util.Optional<String> to = patients.therapistOf(raised.patientId())
                .map(therapist -> staff.contact(therapist).email());
        if (to.isEmpty()) {
            return;
        }
        String link = publicUrl + "/portal/alerts/" + raised.alertId();
        Mail mail = Mail.withText(to.get(), SUBJECT, """
                Hello,

                A patient of yours needs your attention. Sign in to PhysioRx to see the details:
                %s

                This message holds no health details on purpose.
                """.formatted(link));
        mailer.send(mail).subscribe().with(ok -> { }, failure -> LOG.warnf("Could not send the alert email for alert %d: %s",
                raised.alertId(), failure.getMessage()));
    }
}
