package app.physiorx.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of things the staff portal shows, in English; {@code messages/portalNames_es.properties} has the Spanish:
 * alert severities, statuses, rules and history actions, symptoms, the sides and dosage fields of a program item,
 * the languages, the verdicts of an outcome measure.
 * Templates write {@code {portalNames:sev_high}} or, through portal.PortalWords, {@code {a.rule.words}}. Apart from
 * {@link PortalMsg} because Quarkus 3.33 generates a bundle of more than 300 messages that fails to load
 * (VerifyError in PortalMsg_Bundle_resolve_0, where the first group of 300 hands on to the next).
 */
@MessageBundle(value = "portalNames", locale = "en")
public interface PortalNames {
    // ---------------------------------------------------------------- severities and statuses of alerts
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

    // ---------------------------------------------------------------- alert rules and history actions
    @Message("Raised")
    String action_RAISED();

    @Message("Another reason added")
    String action_REPEATED();

    @Message("Reopened by a more severe reason")
    String action_REOPENED();

    @Message("Acknowledged")
    String action_ACKNOWLEDGED();

    @Message("Resolved")
    String action_RESOLVED();

    @Message("Pain at or above the threshold")
    String rule_PAIN_THRESHOLD();

    @Message("Pain rising over baseline")
    String rule_PAIN_RISE();

    @Message("Red-flag symptom")
    String rule_RED_FLAG();

    @Message("No sessions logged")
    String rule_NO_SESSIONS();

    @Message("Outcome measure worse by more than the change that matters")
    String rule_OUTCOME_WORSE();

    // ---------------------------------------------------------------- sides and dosage fields of a program item
    @Message("Sets")
    String builder_field_sets();

    @Message("Reps")
    String builder_field_reps();

    @Message("Hold (s)")
    String builder_field_holdSeconds();

    @Message("Duration (s)")
    String builder_field_durationSeconds();

    @Message("Rest (s)")
    String builder_field_restSeconds();

    @Message("Times a day")
    String builder_field_timesPerDay();

    @Message("Days a week")
    String builder_field_daysPerWeek();

    @Message("Load")
    String builder_field_load();

    @Message("Tempo")
    String builder_field_tempo();

    @Message("both sides together")
    String side_BOTH();

    @Message("left side")
    String side_LEFT();

    @Message("right side")
    String side_RIGHT();

    @Message("each side")
    String side_EACH_SIDE();

    @Message("alternating sides")
    String side_ALTERNATING();

    // ---------------------------------------------------------------- languages
    @Message("English")
    String language_en();

    @Message("Spanish")
    String language_es();

    @Message("Spanish (español)")
    String language_esNamed();

    // ---------------------------------------------------------------- verdicts of an outcome measure

}
