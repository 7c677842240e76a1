package app.physiorx.template;

import app.physiorx.common.NotFoundException;
import app.physiorx.common.ConflictException;
import app.physiorx.common.InvalidInputException;
import app.physiorx.common.NotAllowedException;
import app.physiorx.account.Account;
import app.physiorx.exercise.Exercise;
import app.physiorx.exercise.DosageText;
import app.physiorx.exercise.ExerciseStatus;
import app.physiorx.exercise.RepsMode;
import app.physiorx.template.TemplateApi.ItemInput;
import app.physiorx.template.TemplateApi.TemplateInput;
import app.physiorx.template.TemplateApi.TemplateItem;
import app.physiorx.template.TemplateApi.TemplateSummary;
import app.physiorx.template.TemplateApi.TemplateView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Protocol templates: the shipped ones (read-only) and each clinic's own. Scoped like the
 * library: another clinic's template is "not found".
 */
@ApplicationScoped
public class TemplateService {
    private final EntityManager em;

    public TemplateService(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TemplateSummary> list(Account caller) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select t.id, t.name, t.description, t.clinic_id is null,
                       (select count(*) from protocol_template_item i where i.template_id = t.id)
                from protocol_template t where t.clinic_id is null or t.clinic_id = :clinic
                order by t.clinic_id is not null, lower(t.name)""")
                .setParameter("clinic", caller.clinicId())
                .getResultList();
        return rows.stream().map(r -> new TemplateSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (Boolean) r[3], ((Number) r[4]).longValue())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateView get(Account caller, long id) {
        return toView(visible(caller, id));
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
        List<Long> ids = items.stream().map(ItemInput::exerciseId).distinct().toList();
        Map<Long, Exercise> exercises = ids.isEmpty() ? Map.of()
                : Exercise.<Exercise>list("id in ?1 and (clinicId is null or clinicId = ?2)", ids, caller.clinicId())
                .stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        em.createNativeQuery("delete from protocol_template_item where template_id = :t").setParameter("t", templateId)
                .executeUpdate();
        for (int i = 0; i < items.size(); i++) {
            ItemInput item = items.get(i);
            Exercise e = exercises.get(item.exerciseId());
            if (e == null) {
                throw InvalidInputException.field("items." + i + ".exerciseId", "no such exercise in your library");
            }
            if (e.status == ExerciseStatus.ARCHIVED) {
                throw InvalidInputException.field("items." + i + ".exerciseId", "\"" + e.name + "\" is archived; choose an active exercise");
            }
            Integer reps = item.reps() != null ? item.reps() : e.repsMin;
            Integer hold = item.holdSeconds() != null ? item.holdSeconds() : e.holdMinSeconds;
            Integer duration = item.durationSeconds() != null ? item.durationSeconds() : e.durationMinSeconds;
            if (reps == null && (hold == null || hold == 0) && (duration == null || duration == 0)) {
                throw InvalidInputException.field("items." + i, "give repetitions, a hold time or a duration");
            }
            em.createNativeQuery("""
                    insert into protocol_template_item (template_id, position, exercise_id, stage, sets, reps,
                        hold_seconds, duration_seconds, times_per_day, note)
                    values (:t, :p, :e, :stage, :sets, :reps, :hold, :duration, :tpd, :note)""")
                    .setParameter("t", templateId).setParameter("p", i + 1).setParameter("e", e.id)
                    .setParameter("stage", Objects.requireNonNullElse(item.stage(), 1))
                    .setParameter("sets", item.sets() != null ? item.sets() : e.setsMin)
                    .setParameter("reps", reps).setParameter("hold", hold).setParameter("duration", duration)
                    .setParameter("tpd", item.timesPerDay() != null ? item.timesPerDay() : e.timesPerDayMin)
                    .setParameter("note", item.note() == null || item.note().isBlank() ? null : item.note().strip())
                    .executeUpdate();
        }
    }

    /** The template's items with their exercises: one query. */
    public List<TemplateItem> items(long templateId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select i.position, e.id, e.name, e.status, i.stage, i.sets, i.reps, i.hold_seconds, i.duration_seconds,
                       i.times_per_day, i.note, e.reps_mode
                from protocol_template_item i join exercise e on e.id = i.exercise_id
                where i.template_id = :t order by i.position""")
                .setParameter("t", templateId).getResultList();
        List<TemplateItem> items = new ArrayList<>();
        for (Object[] r : rows) {
            Integer sets = toInt(r[5]);
            Integer reps = toInt(r[6]);
            Integer hold = toInt(r[7]);
            Integer duration = toInt(r[8]);
            Integer tpd = toInt(r[9]);
            items.add(new TemplateItem(toInt(r[0]), ((Number) r[1]).longValue(), (String) r[2],
                    "ARCHIVED".equals(r[3]), toInt(r[4]), sets, reps, hold, duration, tpd, (String) r[10],
                    DosageText.summary(sets, reps, RepsMode.valueOf((String) r[11]), hold, duration, tpd)));
        }
        return items;
    }

    private TemplateView toView(ProtocolTemplate t) {
        return new TemplateView(t.id, t.name, t.description, t.clinicId == null, t.clinicId != null, items(t.id), t.version);
    }

    private void ensureNameFree(long clinicId, String name, Long exceptId) {
        long taken = ProtocolTemplate.count("clinicId = ?1 and lower(name) = lower(?2) and id <> ?3", clinicId, name,
                exceptId == null ? -1L : exceptId);
        if (taken > 0) {
            throw InvalidInputException.field("name", "your clinic already has a template with this name");
        }
    }

    private static Integer toInt(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
