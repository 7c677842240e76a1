package app.physiorx.patient;

import app.physiorx.common.NotFoundException;
import app.physiorx.common.ConflictException;
import app.physiorx.common.InvalidInputException;
import static app.physiorx.common.Text.blankToNull;

import app.physiorx.account.Account;
import app.physiorx.account.Role;
import app.physiorx.account.StaffRef;
import app.physiorx.account.UserProfile;
import app.physiorx.common.Page;
import app.physiorx.patient.PatientApi.PatientAccess;
import app.physiorx.patient.PatientApi.PatientInput;
import app.physiorx.patient.PatientApi.PatientListItem;
import app.physiorx.patient.PatientApi.PatientView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The caseload. Every query carries the caller's scope: a clinic admin sees the clinic's
 * patients; a therapist sees the patients assigned to them or shared with them; anything
 * else is "not found" (404), never "forbidden".
 */
@ApplicationScoped
public class PatientService {
    private final EntityManager em;
    private final PatientAccounts accounts;
    private final app.physiorx.common.SecretBox box;

    public PatientService(EntityManager em, PatientAccounts accounts, app.physiorx.common.SecretBox box) {
        this.em = em;
        this.accounts = accounts;
        this.box = box;
    }

    /** SQL condition on alias p that limits patients to the caller's; parameters :clinic and :me. */
    public static String scope(Account caller) {
        if (caller.role() == Role.CLINIC_ADMIN) {
            return "p.clinic_id = :clinic";
        }
        if (caller.role() == Role.THERAPIST) {
            return "p.clinic_id = :clinic and (p.therapist_id = :me or exists (select 1 from patient_share s"
                    + " where s.patient_id = p.id and s.therapist_id = :me))";
        }
        return "false";
    }

    public static void bindScope(Query query, Account caller) {
        query.setParameter("clinic", caller.clinicId());
        if (caller.role() == Role.THERAPIST) {
            query.setParameter("me", caller.userId());
        }
    }

    /** The patient if the caller may see them, else 404. */
    public Patient visible(Account caller, long id) {
        Query q = em.createNativeQuery("select p.* from patient p where p.id = :id and " + scope(caller), Patient.class)
                .setParameter("id", id);
        bindScope(q, caller);
        @SuppressWarnings("unchecked")
        List<Patient> found = q.getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("The patient");
        }
        app.physiorx.audit.AuditContext.patient(id);
        return found.getFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PatientListItem> list(Account caller, String search, String status, int page, int size) {
        StringBuilder where = new StringBuilder(scope(caller));
        Map<String, Object> params = new HashMap<>();
        if (search != null && !search.isBlank()) {
            if (search.length() > 100) {
                throw InvalidInputException.field("q", "the search text may have at most 100 characters");
            }
            where.append(" and (lower(p.first_name || ' ' || p.last_name) like :like or lower(:q) <% lower(p.first_name || ' ' || p.last_name))");
            params.put("like", "%" + search.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("q", search.strip());
        }
        if (status != null && !status.isBlank()) {
            try {
                params.put("status", PatientStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT)).name());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.field("status", "status must be ACTIVE or DISCHARGED");
            }
            where.append(" and p.status = :status");
        }
        Query q = em.createNativeQuery("""
                select p.id, p.first_name || ' ' || p.last_name, p.date_of_birth, p.condition, p.status, t.display_name,
                       p.last_activity_at, count(*) over ()
                from patient p join user_profile t on t.id = p.therapist_id
                where""" + " " + where + " order by p.last_activity_at desc, p.id desc limit :limit offset :offset");
        bindScope(q, caller);
        params.forEach(q::setParameter);
        q.setParameter("limit", size).setParameter("offset", page * size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<PatientListItem> items = rows.stream().map(r -> new PatientListItem(((Number) r[0]).longValue(), (String) r[1],
                toDate(r[2]), (String) r[3], PatientStatus.valueOf((String) r[4]), (String) r[5], toTime(r[6]))).toList();
        long total = rows.isEmpty() ? 0 : ((Number) rows.getFirst()[7]).longValue();
        return new Page<>(items, page, size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PatientView get(Account caller, long id) {
        return view(visible(caller, id));
    }

    @Transactional
    public PatientAccess create(Account caller, PatientInput input) {
        Patient p = new Patient();
        p.clinicId = caller.clinicId();
        p.createdBy(caller.displayName());
        apply(caller, p, input, true);
        p.persist();
        em.flush();
        replaceShares(caller, p, input.sharedWith());
        PatientAccounts.NewAccount account = accounts.create(p, caller.clinicKey(), caller.clinicName());
        p.keycloakUserId = account.userId();
        p.username = account.username();
        p.accessIssuedAt = OffsetDateTime.now();
        p.pendingPassword = box.seal(account.temporaryPassword());
        em.flush();
        return new PatientAccess(view(p), account.username(), account.temporaryPassword());
    }

    @Transactional
    public PatientView update(Account caller, long id, PatientInput input) {
        Patient p = visible(caller, id);
        if (input.version() != null && input.version() != p.version) {
            throw new ConflictException("Someone else saved this patient since you opened the record. Reload it and apply your change again.");
        }
        PatientStatus before = p.status;
        apply(caller, p, input, false);
        p.changedBy(caller.displayName());
        if (input.sharedWith() != null) {
            replaceShares(caller, p, input.sharedWith());
        }
        if (before != p.status && p.keycloakUserId != null) {
            accounts.setEnabled(p.keycloakUserId, p.status == PatientStatus.ACTIVE);
        }
        em.flush();
        return view(p);
    }

    /** A new temporary password; creates the account if the patient has none yet. */
    @Transactional
    public PatientAccess issueAccess(Account caller, long id) {
        Patient p = visible(caller, id);
        if (p.status != PatientStatus.ACTIVE) {
            throw new ConflictException("This patient is discharged. Make them active again before issuing access.");
        }
        String username;
        String password;
        if (p.keycloakUserId == null) {
            PatientAccounts.NewAccount account = accounts.create(p, caller.clinicKey(), caller.clinicName());
            p.keycloakUserId = account.userId();
            p.username = account.username();
            username = account.username();
            password = account.temporaryPassword();
        } else {
            username = p.username;
            password = accounts.reissue(p.keycloakUserId);
        }
        p.accessIssuedAt = OffsetDateTime.now();
        p.pendingPassword = box.seal(password);
        p.changedBy(caller.displayName());
        em.flush();
        return new PatientAccess(view(p), username, password);
    }

    /** The patient record of a signed-in patient, linked by Keycloak subject (or, once, by username). */
    @Transactional
    public Patient forPatientAccount(Account caller) {
        Patient p = Patient.<Patient>find("keycloakUserId = ?1 and clinicId = ?2", caller.subject(), caller.clinicId())
                .firstResult();
        if (p == null) {
            p = Patient.<Patient>find("keycloakUserId is null and username = ?1 and clinicId = ?2", caller.username(),
                    caller.clinicId()).firstResult();
            if (p != null) {
                p.keycloakUserId = caller.subject();
            }
        }
        if (p == null) {
            throw new NotFoundException("Your patient record");
        }
        app.physiorx.audit.AuditContext.patient(p.id);
        if (p.pendingPassword != null) {
            p.pendingPassword = null; // they have signed in, so the temporary password is spent
        }
        return p;
    }

    /**
     * The sign-in to print on a handout: username and temporary password, once. The sealed
     * password is dropped as it is handed out, so later handouts never show it.
     */
    @Transactional
    public java.util.Optional<String[]> takePendingSignIn(long patientId) {
        Patient p = Patient.findById(patientId);
        if (p == null || p.pendingPassword == null) {
            return java.util.Optional.empty();
        }
        String password = box.open(p.pendingPassword);
        p.pendingPassword = null;
        return password == null ? java.util.Optional.empty() : java.util.Optional.of(new String[] {p.username, password});
    }

    @Transactional
    public void touch(long patientId) {
        em.createNativeQuery("update patient set last_activity_at = now() where id = :id").setParameter("id", patientId)
                .executeUpdate();
    }

    private void apply(Account caller, Patient p, PatientInput input, boolean creating) {
        p.firstName = input.firstName().strip();
        p.lastName = input.lastName().strip();
        p.dateOfBirth = input.dateOfBirth();
        p.email = blankToNull(input.email());
        p.phone = blankToNull(input.phone());
        p.condition = blankToNull(input.condition());
        p.startOfCare = input.startOfCare() != null ? input.startOfCare() : creating ? LocalDate.now() : p.startOfCare;
        p.notes = blankToNull(input.notes());
        if (input.status() != null) {
            p.status = input.status();
        }
        Long therapist = input.therapistId();
        if (therapist == null) {
            if (creating) {
                if (caller.role() != Role.THERAPIST) {
                    throw InvalidInputException.field("therapistId", "choose the therapist in charge of this patient");
                }
                therapist = caller.userId();
            } else {
                therapist = p.therapistId;
            }
        }
        if (!Objects.equals(therapist, p.therapistId)) {
            checkTherapist(caller, therapist, "therapistId");
            p.therapistId = therapist;
        }
    }

    private void checkTherapist(Account caller, long id, String field) {
        long found = UserProfile.count("id = ?1 and clinic.id = ?2 and role = ?3", id, caller.clinicId(), Role.THERAPIST.claim);
        if (found == 0) {
            throw InvalidInputException.field(field, "no therapist of your clinic has this id");
        }
    }

    private void replaceShares(Account caller, Patient p, List<Long> sharedWith) {
        em.createNativeQuery("delete from patient_share where patient_id = :p").setParameter("p", p.id).executeUpdate();
        List<Long> ids = sharedWith == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(sharedWith));
        for (int i = 0; i < ids.size(); i++) {
            long therapist = ids.get(i);
            if (therapist == p.therapistId) {
                continue;
            }
            checkTherapist(caller, therapist, "sharedWith." + i);
            em.createNativeQuery("insert into patient_share (patient_id, therapist_id, shared_by) values (:p, :t, :by)")
                    .setParameter("p", p.id).setParameter("t", therapist).setParameter("by", caller.displayName())
                    .executeUpdate();
        }
    }

    private PatientView view(Patient p) {
        @SuppressWarnings("unchecked")
        List<Object[]> staff = em.createNativeQuery("""
                select u.id, u.display_name, 'T' from user_profile u where u.id = :t
                union all
                select u.id, u.display_name, 'S' from patient_share s join user_profile u on u.id = s.therapist_id
                where s.patient_id = :p order by 3 desc, 2""")
                .setParameter("t", p.therapistId).setParameter("p", p.id).getResultList();
        StaffRef therapist = null;
        List<StaffRef> shared = new ArrayList<>();
        for (Object[] r : staff) {
            StaffRef ref = new StaffRef(((Number) r[0]).longValue(), (String) r[1]);
            if ("T".equals(r[2])) {
                therapist = ref;
            } else {
                shared.add(ref);
            }
        }
        return new PatientView(p.id, p.firstName, p.lastName, p.fullName(), p.dateOfBirth, p.email, p.phone, p.condition,
                p.startOfCare, p.notes, p.status, therapist, shared, p.username, p.keycloakUserId != null,
                p.accessIssuedAt, p.lastActivityAt, p.version);
    }


    public static LocalDate toDate(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    public static OffsetDateTime toTime(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) o).toInstant().atOffset(ZoneOffset.UTC);
    }
}
