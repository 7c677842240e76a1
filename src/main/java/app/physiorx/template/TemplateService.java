package app.physiorx.template;

import app.physiorx.common.NotFoundException;
import app.physiorx.common.ConflictException;
import app.physiorx.common.InvalidInputException;
import app.physiorx.common.NotAllowedException;
import app.physiorx.common.Row;
import app.physiorx.common.Text;
import app.physiorx.account.Account;
import app.physiorx.exercise.Dosage;
import app.physiorx.exercise.DosageText;
import app.physiorx.exercise.ExerciseApi.Prescribable;
import app.physiorx.exercise.ExerciseService;
import app.physiorx.exercise.Side;
import app.physiorx.template.TemplateApi.ItemInput;
import app.physiorx.template.TemplateApi.TemplateInput;
import app.physiorx.template.TemplateApi.TemplateItem;
import app.physiorx.template.TemplateApi.TemplateSummary;
import app.physiorx.template.TemplateApi.TemplateView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Protocol templates: the shipped ones (read-only) and each clinic's own. Scoped like the
 * library: another clinic's template is "not found".
 */
@ApplicationScoped
public class TemplateService {
    private final EntityManager em;
    private final ExerciseService exercises;

    public TemplateService(EntityManager em, ExerciseService exercises) {
        this.em = em;
        this.exercises = exercises;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TemplateSummary> list(Account caller) {
        return Row.map(em.createNativeQuery("""
                select t.id, t.name, t.description, t.clinic_id is null,
                       (select count(*) from protocol_template_item i where i.template_id = t.id)
                from protocol_template t where t.clinic_id is null or t.clinic_id = :clinic
                order by t.clinic_id is not null, lower(t.name)""")
                .setParameter("clinic", caller.clinicId())
                .getResultList(), r -> new TemplateSummary(r.getLong(0), r.getString(1), r.getString(2), r.getBoolean(3),
                r.getLong(4)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateView get(Account caller, long id) {
        return toView(visible(caller, id));
    }

    /** A template's name and description in a patient's language (the starter templates ship Spanish), if it has them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<TemplateApi.TemplateWords> wordsIn(long templateId, String language) {
        return Row.map(em.createNativeQuery("select name, description from template_translation where template_id = :t and language = :l")
                .setParameter("t", templateId).setParameter("l", language).getResultList(),
                r -> new TemplateApi.TemplateWords(r.getString(0), r.isNull(1) ? null : r.getString(1))).stream().findFirst();
    }

    @Transactional
    public TemplateView create(Account caller, TemplateInput input) {
        ensureNameFree(caller.clinicId(), input.name().strip(), null);
        ProtocolTemplate t = new ProtocolTemplate();
        t.clinicId = caller.clinicId();
        t.createdBy(caller.displayName());
        apply(caller, t, input);
        t.persist();
        replaceItems(caller, t.id, input.items());
        em.flush();
        return toView(t);
    }

    @Transactional
    public TemplateView update(Account caller, long id, TemplateInput input) {
        ProtocolTemplate t = editable(caller, id);
        if (input.version() != null && input.version() != t.version) {
            throw new ConflictException("Someone else saved this template since you opened it. Reload it and apply your change again.");
        }
        ensureNameFree(caller.clinicId(), input.name().strip(), t.id);
        apply(caller, t, input);
        replaceItems(caller, t.id, input.items());
        em.flush();
        return toView(t);
    }

    /** The caller's clinic's own templates, oldest first: what a library export holds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> ownIds(Account caller) {
        return Row.map(em.createNativeQuery("select id from protocol_template where clinic_id = :clinic order by id")
                .setParameter("clinic", caller.clinicId()).getResultList(), r -> r.getLong(0));
    }

    /** Sets a clinic template's condition and named stages (a library import carries them); replaces the stages. */
    @Transactional
    public void saveOutline(Account caller, long id, String condition, List<TemplateApi.TemplateStage> stages) {
        ProtocolTemplate t = editable(caller, id);
        t.condition = Text.blankToNull(condition);
        em.createNativeQuery("delete from protocol_template_stage where template_id = :t").setParameter("t", id).executeUpdate();
        for (TemplateApi.TemplateStage s : stages) {
            em.createNativeQuery("insert into protocol_template_stage (template_id, stage, name, from_week, note) values (:t, :s, :n, :w, :note)")
                    .setParameter("t", id).setParameter("s", s.stage()).setParameter("n", s.name().strip())
                    .setParameter("w", s.fromWeek()).setParameter("note", Text.blankToNull(s.note())).executeUpdate();
        }
        em.flush();
    }

    /** A template the caller may change (for the editor): 404 when not visible, 403 for a shipped one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateView getEditable(Account caller, long id) {
        return toView(editable(caller, id));
    }

    private ProtocolTemplate editable(Account caller, long id) {
        ProtocolTemplate t = visible(caller, id);
        if (t.clinicId == null) {
            throw new NotAllowedException("Templates that ship with PhysioRx are read-only. Save a copy under a new name instead.");
        }
        return t;
    }

    ProtocolTemplate visible(Account caller, long id) {
        return ProtocolTemplate.<ProtocolTemplate>find("id = ?1 and (clinicId is null or clinicId = ?2)", id, caller.clinicId())
                .firstResultOptional()
                .orElseThrow(() -> new NotFoundException("The template"));
    }

    private static void apply(Account caller, ProtocolTemplate t, TemplateInput input) {
        t.name = input.name().strip();
        t.description = input.description() == null || input.description().isBlank() ? null : input.description().strip();
        t.changedBy(caller.displayName());
    }

    private void replaceItems(Account caller, long templateId, List<ItemInput> items) {
        Map<Long, Prescribable> found = exercises.prescribable(caller, items.stream().map(ItemInput::exerciseId).distinct().toList());
        em.createNativeQuery("delete from protocol_template_item where template_id = :t").setParameter("t", templateId)
                .executeUpdate();
        for (int i = 0; i < items.size(); i++) {
            ItemInput item = items.get(i);
            Prescribable e = found.get(item.exerciseId());
            if (e == null) {
                throw InvalidInputException.field("items." + i + ".exerciseId", "no such exercise in your library");
            }
            if (e.archived()) {
                throw InvalidInputException.field("items." + i + ".exerciseId", "\"" + e.name() + "\" is archived; choose an active exercise");
            }
            if (!item.sideFits()) {
                throw InvalidInputException.field("items." + i + ".side", ItemInput.SIDE_RULE);
            }
            Dosage d = item.toDosage().withDefaultsOf(e);
            if (!d.hasAmount()) {
                throw InvalidInputException.field("items." + i, "give repetitions, a hold time or a duration");
            }
            em.createNativeQuery("""
                    insert into protocol_template_item (template_id, position, exercise_id, stage, sets, reps,
                        hold_seconds, duration_seconds, times_per_day, note, days_per_week, side)
                    values (:t, :p, :e, :stage, :sets, :reps, :hold, :duration, :tpd, :note, :days, :side)""")
                    .setParameter("t", templateId).setParameter("p", i + 1).setParameter("e", e.id())
                    .setParameter("stage", Objects.requireNonNullElse(item.stage(), 1))
                    .setParameter("sets", d.sets()).setParameter("reps", d.reps()).setParameter("hold", d.holdSeconds())
                    .setParameter("duration", d.durationSeconds()).setParameter("tpd", d.timesPerDay())
                    .setParameter("note", Text.blankToNull(d.notes()))
                    .setParameter("days", d.daysPerWeek()).setParameter("side", d.side() == null ? null : d.side().name())
                    .executeUpdate();
        }
    }

    /** The template's items with their exercises: two queries whatever the count. */
    public List<TemplateItem> items(long templateId) {
        record Stored(int position, long exerciseId, int stage, Dosage dosage, Integer days, String side) {
        }
        List<Stored> stored = Row.map(em.createNativeQuery("""
                select i.position, i.exercise_id, i.stage, i.sets, i.reps, i.hold_seconds, i.duration_seconds,
                       i.times_per_day, i.note, i.days_per_week, i.side
                from protocol_template_item i where i.template_id = :t order by i.position""")
                .setParameter("t", templateId).getResultList(), r -> new Stored(r.getInt(0), r.getLong(1), r.getInt(2),
                TemplateApi.dosage(r.getIntOrNull(3), r.getIntOrNull(4), r.getIntOrNull(5), r.getIntOrNull(6),
                        r.getIntOrNull(7), r.getString(8)), r.getIntOrNull(9), r.getString(10)));
        Map<Long, Prescribable> found = exercises.prescribed(stored.stream().map(Stored::exerciseId).distinct().toList());
        return stored.stream().filter(s -> found.containsKey(s.exerciseId())).map(s -> {
            Prescribable e = found.get(s.exerciseId());
            Dosage d = s.dosage();
            return new TemplateItem(s.position(), e.id(), e.name(), e.archived(), s.stage(), d.sets(), d.reps(),
                    d.holdSeconds(), d.durationSeconds(), d.timesPerDay(), d.notes(), DosageText.summary(d, e.repsMode()),
                    s.days(), s.side() == null ? null : Side.valueOf(s.side()));
        }).toList();
    }

    private TemplateView toView(ProtocolTemplate t) {
        return new TemplateView(t.id, t.name, t.description, t.clinicId == null, t.clinicId != null, items(t.id), t.version,
                t.condition, stages(t.id));
    }

    private List<TemplateApi.TemplateStage> stages(long templateId) {
        return Row.map(em.createNativeQuery("""
                select stage, name, from_week, note from protocol_template_stage where template_id = :t order by stage""")
                .setParameter("t", templateId).getResultList(),
                r -> new TemplateApi.TemplateStage(r.getInt(0), r.getString(1), r.getIntOrNull(2), r.getString(3)));
    }

    private void ensureNameFree(long clinicId, String name, Long exceptId) {
        long taken = ProtocolTemplate.count("clinicId = ?1 and lower(name) = lower(?2) and id <> ?3", clinicId, name,
                exceptId == null ? -1L : exceptId);
        if (taken > 0) {
            throw InvalidInputException.field("name", "your clinic already has a template with this name");
        }
    }
}
