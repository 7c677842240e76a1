package app.physiorx.exercise;

import app.physiorx.common.Row;
import app.physiorx.exercise.ExerciseApi.Relation;
import app.physiorx.exercise.ExerciseApi.RelationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What an exercise's page and card show besides its own row: relations and whether the clinic hid it. */
@ApplicationScoped
class ExerciseDetailQueries {
    private final EntityManager em;

    ExerciseDetailQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The exercise's relations among those the caller sees. A ladder is stored both ways ("harder PROGRESSION_OF
     * easier" and "easier REGRESSION_OF harder"); a regression row whose mirror exists says nothing new and is left out.
     */
    List<Relation> relations(long clinicId, long id) {
        return Row.map(em.createNativeQuery("""
                select r.kind, r.from_id, f.name, r.to_id, t.name
                from exercise_relation r
                join exercise f on f.id = r.from_id and (f.clinic_id is null or f.clinic_id = :clinic)
                join exercise t on t.id = r.to_id and (t.clinic_id is null or t.clinic_id = :clinic)
                where (r.from_id = :id or r.to_id = :id)
                  and not (r.kind = 'REGRESSION_OF' and exists (select 1 from exercise_relation m
                           where m.from_id = r.to_id and m.to_id = r.from_id and m.kind = 'PROGRESSION_OF'))
                order by r.kind, f.name, t.name""")
                .setParameter("clinic", clinicId).setParameter("id", id).getResultList(), r -> {
            RelationKind kind = RelationKind.valueOf(r.getString(0));
            long from = r.getLong(1);
            return from == id ? new Relation(r.getLong(3), r.getString(4), kind, kind.fromLabel)
                    : new Relation(from, r.getString(2), kind, kind.toLabel);
        });
    }

    /** Among the given exercises, those the clinic hid: one query. */
    Set<Long> hiddenAmong(long clinicId, Collection<Long> ids) {
        Set<Long> hidden = new HashSet<>();
        if (!ids.isEmpty()) {
            em.createNativeQuery("select exercise_id from clinic_hidden_exercise where clinic_id = :clinic and exercise_id in (:ids)")
                    .setParameter("clinic", clinicId).setParameter("ids", List.copyOf(ids)).getResultList()
                    .forEach(o -> hidden.add(((Number) o).longValue()));
        }
        return hidden;
    }
}
