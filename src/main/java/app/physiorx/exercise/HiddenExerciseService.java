package app.physiorx.exercise;

import app.physiorx.account.Account;
import app.physiorx.common.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A clinic hides starter exercises it does not use: they leave its library list and search (hidden=show brings them
 * back into view), nothing else. Programs, templates and published versions that use one are untouched, and it can
 * still be opened, prescribed and copied. Who hid it and when is kept, as for every library change.
 */
@ApplicationScoped
public class HiddenExerciseService {
    private final EntityManager em;
    private final ExerciseService exercises;

    HiddenExerciseService(EntityManager em, ExerciseService exercises) {
        this.em = em;
        this.exercises = exercises;
    }

    @Transactional
    public void hide(Account caller, long id) {
        Exercise e = exercises.visible(caller, id);
        if (!e.isStarter()) {
            throw InvalidInputException.field("id", "only starter exercises are hidden; archive your clinic's own exercise instead");
        }
        em.createNativeQuery("""
                insert into clinic_hidden_exercise (clinic_id, exercise_id, hidden_by) values (:clinic, :id, :by)
                on conflict do nothing""")
                .setParameter("clinic", caller.clinicId()).setParameter("id", id).setParameter("by", caller.displayName())
                .executeUpdate();
    }

    @Transactional
    public void unhide(Account caller, long id) {
        exercises.visible(caller, id);
        em.createNativeQuery("delete from clinic_hidden_exercise where clinic_id = :clinic and exercise_id = :id")
                .setParameter("clinic", caller.clinicId()).setParameter("id", id).executeUpdate();
    }
}
