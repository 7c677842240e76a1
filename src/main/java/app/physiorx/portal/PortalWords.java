package app.physiorx.portal;

import app.physiorx.alert.AlertStatus;
import app.physiorx.exercise.Dosage;
import app.physiorx.exercise.DosageText;
import app.physiorx.exercise.Side;
import app.physiorx.outcome.Instrument;
import app.physiorx.outcome.OutcomeApi.MeasureView;
import app.physiorx.program.Symptom;
import app.physiorx.progress.PainRules.Rule;
import app.physiorx.progress.PainRules.Severity;
import app.physiorx.web.LocalWords;
import app.physiorx.web.PortalMsg;
import app.physiorx.web.PortalNames;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The portal's names of alert rules, severities, statuses and history actions, symptoms and sides, in the page's
 * language (the template's locale): {@code {a.rule.words}}, {@code {s.words}}; and the therapists' dosage short form,
 * {@code {item.toDosage.shortForm}}. The records keep their English labels and summaries for the API.
 */
@TemplateExtension
public final class PortalWords {
    private PortalWords() {
    }

    /** The portal's names in a language ("es" Spanish, anything else English). */
    public static PortalNames in(String language) {
        return MessageBundles.get(PortalNames.class, Localized.Literal.of("es".equals(language) ? "es" : "en"));
    }

    static PortalNames of(Object locale) {
        return in(LocalWords.of(locale).getLanguage());
    }

    public static String words(Rule rule, @TemplateAttribute("locale") Object locale) {
        PortalNames m = of(locale);
        return switch (rule) {
            case PAIN_THRESHOLD -> m.rule_PAIN_THRESHOLD();
            case PAIN_RISE -> m.rule_PAIN_RISE();
            case RED_FLAG -> m.rule_RED_FLAG();
            case NO_SESSIONS -> m.rule_NO_SESSIONS();
            case OUTCOME_WORSE -> m.rule_OUTCOME_WORSE();
        };
    }

    public static String words(Severity severity, @TemplateAttribute("locale") Object locale) {
        PortalNames m = of(locale);
        return switch (severity) {
            case HIGH -> m.sev_high();
            case MEDIUM -> m.sev_medium();
            case LOW -> m.sev_low();
        };
    }

    public static String words(AlertStatus status, @TemplateAttribute("locale") Object locale) {
        PortalNames m = of(locale);
        return switch (status) {
            case OPEN -> m.alertStatus_open();
            case ACKNOWLEDGED -> m.alertStatus_acknowledged();
            case RESOLVED -> m.alertStatus_resolved();
        };
    }

    /** {e.action.alertAction}: an alert history entry's action ("RAISED") in words; anything else unchanged. */
    public static String alertAction(String action, @TemplateAttribute("locale") Object locale) {
        PortalNames m = of(locale);
        return switch (action) {
            case "RAISED" -> m.action_RAISED();
            case "REPEATED" -> m.action_REPEATED();
            case "REOPENED" -> m.action_REOPENED();
            case "ACKNOWLEDGED" -> m.action_ACKNOWLEDGED();
            case "RESOLVED" -> m.action_RESOLVED();
            default -> action;
        };
    }

    public static String words(Symptom symptom, @TemplateAttribute("locale") Object locale) {
        return symptom.inWords(LocalWords.of(locale).getLanguage());
    }

    /** {it.symptomWords}: a symptom's English label (as the alert API lists them) in words; anything else unchanged. */
    public static String symptomWords(String label, @TemplateAttribute("locale") Object locale) {
        for (Symptom s : Symptom.values()) {
            if (s.label.equals(label)) {
                return words(s, locale);
            }
        }
        return label;
    }

    public static String words(Side side, @TemplateAttribute("locale") Object locale) {
        PortalNames m = of(locale);
        return switch (side) {
            case BOTH -> m.side_BOTH();
            case LEFT -> m.side_LEFT();
            case RIGHT -> m.side_RIGHT();
            case EACH_SIDE -> m.side_EACH_SIDE();
            case ALTERNATING -> m.side_ALTERNATING();
        };
    }

    /**
     * {i.inWordsShown}: a published item's dosage in words on a staff page: as stored at publication in English,
     * said again from the version's own numbers in Spanish ("3 series de 12 de cada lado, mantener 17 segundos").
     */
    public static String inWordsShown(app.physiorx.program.ProgramApi.PublishedItem item, @TemplateAttribute("locale") Object locale) {
        String language = LocalWords.of(locale).getLanguage();
        return "es".equals(language) ? DosageText.inWords(item.toDosage(), language) : item.inWords();
    }

    /** {item.toDosage.shortForm}: "3 × 10 each side · hold 3 s" / "3 × 10 cada lado · mantener 3 s". */
    public static String shortForm(Dosage dosage, @TemplateAttribute("locale") Object locale) {
        return DosageText.summary(dosage, LocalWords.of(locale).getLanguage());
    }

    /** {m.verdictWords}: the measure's verdict as the therapist's page says it. */
    public static String verdictWords(MeasureView m, @TemplateAttribute("locale") Object locale) {
        return app.physiorx.outcome.OutcomeWords.verdict(m.verdict(), LocalWords.of(locale).getLanguage());
    }

    /** {m.chartLabel}: what the measure's chart shows, for its accessible name ("NPRS: 2 scores, first 6, latest 3 (...)"). */
    public static String chartLabel(MeasureView m, @TemplateAttribute("locale") Object locale) {
        PortalMsg p = MessageBundles.get(PortalMsg.class, Localized.Literal.of(LocalWords.of(locale).getLanguage().equals("es") ? "es" : "en"));
        int n = m.responses().size();
        if (n == 0) {
            return "";
        }
        String first = plain(m.responses().getFirst().score());
        String latest = plain(m.responses().getLast().score());
        String better = m.instrument().scoring().better() == Instrument.Direction.LOWER ? p.patient_lowerBetter() : p.patient_higherBetter();
        String verdict = verdictWords(m, locale);
        String title = m.instrument().title();
        return n == 1 ? p.patient_chartLabelOne(title, first, latest, better, verdict)
                : p.patient_chartLabel(title, n, first, latest, better, verdict);
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
