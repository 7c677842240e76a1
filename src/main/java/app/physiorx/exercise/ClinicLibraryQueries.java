package app.physiorx.exercise;

import app.physiorx.common.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What exporting and importing a clinic's library (package libraryio) asks of the library in bulk: the clinic's
 * own exercises, the keys (slugs) of the exercises it sees, starter exercises by slug and the names it uses.
 * One query each, whatever the count; every query is scoped to the clinic (starter rows have no clinic).
 */
@ApplicationScoped
public class ClinicLibraryQueries {
    private final EntityManager em;

    ClinicLibraryQueries(EntityManager em) {
        this.em = em;
    }

    /** The slug of an exercise the clinic sees, and whether it is a starter one. */
    public record Key(String slug, boolean starter) {
    }

    /** The clinic's own exercises (archived ones too), oldest first. */
    public List<Long> ownIds(long clinicId) {
        return Row.map(em.createNativeQuery("select id from exercise where clinic_id = :clinic order by id")
                .setParameter("clinic", clinicId).getResultList(), r -> r.getLong(0));
    }

    /** Id to slug of every exercise the clinic sees: the starter catalog and its own. */
    public Map<Long, Key> keys(long clinicId) {
        Map<Long, Key> keys = new LinkedHashMap<>();
        Row.map(em.createNativeQuery("""
                select id, slug, clinic_id is null from exercise where clinic_id is null or clinic_id = :clinic""")
                .setParameter("clinic", clinicId).getResultList(), r -> keys.put(r.getLong(0), new Key(r.getString(1), r.getBoolean(2))));
        return keys;
    }

    /** Starter exercises among the given slugs: slug to id. */
    public Map<String, Long> starterIds(Collection<String> slugs) {
        Map<String, Long> ids = new LinkedHashMap<>();
        if (!slugs.isEmpty()) {
            Row.map(em.createNativeQuery("select slug, id from exercise where clinic_id is null and slug in (:slugs)")
                    .setParameter("slugs", List.copyOf(slugs)).getResultList(), r -> ids.put(r.getString(0), r.getLong(1)));
        }
        return ids;
    }

    /** The clinic's exercise names, lower-cased, to their id: what an imported name may clash with. */
    public Map<String, Long> ownNames(long clinicId) {
        Map<String, Long> names = new LinkedHashMap<>();
        Row.map(em.createNativeQuery("select name, id from exercise where clinic_id = :clinic")
                .setParameter("clinic", clinicId).getResultList(),
                r -> names.put(r.getString(0).toLowerCase(Locale.ROOT), r.getLong(1)));
        return names;
    }
}
