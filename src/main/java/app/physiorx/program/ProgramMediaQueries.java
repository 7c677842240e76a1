package app.physiorx.program;

import app.physiorx.account.Account;
import app.physiorx.common.NotFoundException;
import app.physiorx.common.Row;
import app.physiorx.exercise.media.MediaApi.MediaFile;
import app.physiorx.patient.PatientService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The media a patient may read: only what their current published version froze (a picture, a video or a video's
 * poster of an item they are shown), found in that version's snapshot by one query scoped to the patient. A media
 * id of another version, patient or clinic answers 404. The read is audited with the patient's id.
 */
@ApplicationScoped
public class ProgramMediaQueries {
    private final EntityManager em;
    private final PatientService patients;

    public ProgramMediaQueries(EntityManager em, PatientService patients) {
        this.em = em;
        this.patients = patients;
    }

    @Transactional
    public MediaFile forPatient(Account patientAccount, long mediaId) {
        long patientId = patients.forPatientAccount(patientAccount).id(); // notes the patient for the audit event
        return Row.map(em.createNativeQuery("""
                select x.sha, x.type from program pr
                join program_version v on v.program_id = pr.id and v.number = pr.published_version
                cross join lateral jsonb_array_elements(v.items) it
                cross join lateral jsonb_array_elements(coalesce(it -> 'media', '[]'::jsonb)) md
                cross join lateral (values (md ->> 'id', md ->> 'sha256', md ->> 'contentType'),
                                           (md ->> 'posterId', md ->> 'posterSha256', md ->> 'posterContentType')) x (id, sha, type)
                where pr.id = (select c.id from program c where c.patient_id = :p and c.status = 'ACTIVE'
                               and c.published_version > 0 order by c.updated_at desc limit 1)
                  and coalesce((it ->> 'shown')::boolean, true) and x.id = :m
                limit 1""").setParameter("p", patientId).setParameter("m", Long.toString(mediaId)).getResultList(),
                r -> new MediaFile(r.getString(0), r.getString(1), 0))
                .stream().findFirst().orElseThrow(() -> new NotFoundException("The picture or video"));
    }
}
