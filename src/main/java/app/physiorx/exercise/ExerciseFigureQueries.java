package app.physiorx.exercise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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
        if (exerciseIds.isEmpty()) {
            return slugs;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, slug from exercise where id in (:ids) and slug is not null")
                .setParameter("ids", exerciseIds).getResultList();
        for (Object[] r : rows) {
            slugs.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return slugs;
    }
}
