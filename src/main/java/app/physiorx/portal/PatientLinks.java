package app.physiorx.portal;

import app.physiorx.handout.PatientHandoutPage;
import app.physiorx.outcome.MyMeasurePages;
import app.physiorx.progress.SessionPages;
import app.physiorx.reminder.ReminderLinks;
import app.physiorx.reminder.ReminderPages;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateExtension;

/**
 * Links to the patient's own pages ({@code /me}), in the {@code uri:} namespace like {@link Links} (a namespace's
 * resolvers need priorities of their own: the names never overlap, so the order does not matter).
 */
@TemplateExtension(namespace = "uri", priority = TemplateExtension.DEFAULT_PRIORITY + 1)
public final class PatientLinks {
    private static final PatientHome PATIENT_HOME = new PatientHome();
    private static final Sessions SESSIONS = new Sessions();
    private static final Measures MEASURES = new Measures();
    private static final PatientHandout PATIENT_HANDOUT = new PatientHandout();
    private static final Reminders REMINDERS = new Reminders();
    private static final SecretLinks SECRET_LINKS = new SecretLinks();

    private PatientLinks() {
    }

    static PatientHome PatientHomeResource() {
        return PATIENT_HOME;
    }

    static Sessions SessionPages() {
        return SESSIONS;
    }

    static Measures MyMeasurePages() {
        return MEASURES;
    }

    static PatientHandout PatientHandoutPage() {
        return PATIENT_HANDOUT;
    }

    static Reminders ReminderPages() {
        return REMINDERS;
    }

    static SecretLinks ReminderLinks() {
        return SECRET_LINKS;
    }

    private static String of(Class<?> resource, Object... values) {
        return Links.of(resource, values);
    }

    private static String of(Class<?> resource, String method, Object... values) {
        return Links.of(resource, method, values);
    }

    @TemplateData
    public static final class PatientHome {
        public String home() {
            return of(PatientHomeResource.class);
        }

        /** A picture, video or poster of the patient's current version. */
        public String media(long mediaId) {
            return of(PatientHomeResource.class, "media", mediaId);
        }
    }

    @TemplateData
    public static final class Sessions {
        public String form() {
            return of(SessionPages.class, "form");
        }

        public String log() {
            return of(SessionPages.class);
        }

        public String session(long id) {
            return of(SessionPages.class, "session", id);
        }

        public String history() {
            return of(SessionPages.class);
        }
    }

    @TemplateData
    public static final class Measures {
        public String list() {
            return of(MyMeasurePages.class);
        }

        public String form(long id) {
            return of(MyMeasurePages.class, "form", id);
        }

        public String answer(long id) {
            return of(MyMeasurePages.class, "answer", id);
        }
    }

    @TemplateData
    public static final class PatientHandout {
        public String handout() {
            return of(PatientHandoutPage.class, "handout");
        }
    }

    @TemplateData
    public static final class Reminders {
        public String edit() {
            return of(ReminderPages.class);
        }

        public String save() {
            return of(ReminderPages.class);
        }

        public String issueCalendar() {
            return of(ReminderPages.class, "issueCalendar");
        }

        public String revokeCalendar() {
            return of(ReminderPages.class, "revokeCalendar");
        }

        public String download() {
            return of(ReminderPages.class, "download");
        }
    }

    /** The pages behind a secret link (no sign-in). */
    @TemplateData
    public static final class SecretLinks {
        public String unsubscribePage(String token) {
            return of(ReminderLinks.class, "unsubscribePage", token);
        }
    }
}
