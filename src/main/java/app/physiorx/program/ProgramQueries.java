package app.physiorx.program;

import app.physiorx.account.Account;
import app.physiorx.audit.AuditContext;
import app.physiorx.common.NotFoundException;
import app.physiorx.common.Row;
import app.physiorx.patient.PatientScope;
import app.physiorx.program.ProgramApi.ProgramChoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The program reads that join the patient table. A program is visible exactly when its patient is, and
 * the caller's patient condition ({@link PatientScope}) is written on the patient row; joining here keeps
 * it to one query instead of asking the patient feature for the ids of every patient the caller may see.
 */
@ApplicationScoped
public class ProgramQueries {
    private final EntityManager em;

    public ProgramQueries(EntityManager em) {
        this.em = em;
    }

    /** The program if the caller may see its patient, else "not found"; the read is audited with the patient's id. */
    Program visible(Account caller, long programId) {
        Program found = Row.first(PatientScope.of(caller).nativeQuery(em, "select pr.* from program pr join patient p"
                        + " on p.id = pr.patient_id where pr.id = :id and " + PatientScope.MARK, Program.class)
                .setParameter("id", programId), Program.class)
                .orElseThrow(() -> new NotFoundException("The program"));
        AuditContext.patient(found.patientId);
        return found;
    }

    /** The caller's most recently changed programs (any patient they may see), labelled "patient: title". */
    List<ProgramChoice> copyChoices(Account caller) {
        return Row.map(PatientScope.of(caller).nativeQuery(em, """
                select pr.id, p.first_name || ' ' || p.last_name || ': ' || pr.title
                from program pr join patient p on p.id = pr.patient_id
                where pr.status <> 'ARCHIVED' and {patientScope}
                order by pr.updated_at desc limit 50""").getResultList(), r -> new ProgramChoice(r.getLong(0), r.getString(1)));
    }

    /** Whether the patient with this username has a program: the dev demo data checks whether it was loaded. */
    boolean anyForPatientUsername(String username) {
        // not scoped: a dev-mode startup job, before anyone signs in
        return em.createQuery("select count(pr) from Program pr where pr.patientId in"
                        + " (select p.id from Patient p where p.username = :username)", Long.class)
                .setParameter("username", username).getSingleResult() > 0;
    }
}
