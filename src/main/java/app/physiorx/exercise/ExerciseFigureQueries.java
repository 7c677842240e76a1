package app.physiorx.exercise;

import app.physiorx.common.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The slugs of exercises by id, to find their drawn poses (a slug is not patient data). */
@ApplicationScoped
public class ExerciseFigureQueries {
    private final EntityManager em;

    public ExerciseFigureQueries(EntityManager em) {
        this.em = em;
    }

    public Map<Long, String> slugs(Collection<Long> exerciseIds) {
        Map<Long, String> slugs = new HashMap<>();
        if (!exerciseIds.isEmpty()) {
            Row.map(em.createNativeQuery("select id, slug from exercise where id in (:ids) and slug is not null")
                    .setParameter("ids", exerciseIds).getResultList(), r -> r)
                    .forEach(r -> slugs.put(r.getLong(0), r.getString(1)));
        }
        return slugs;
    }
}
