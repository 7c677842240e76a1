package app.physiorx.patient;

import app.physiorx.common.NotFoundException;
import app.physiorx.common.ConflictException;
import app.physiorx.common.InvalidInputException;
import static app.physiorx.common.Text.blankToNull;

import app.physiorx.account.Account;
import app.physiorx.account.Role;
import app.physiorx.account.StaffRef;
import app.physiorx.account.StaffDirectory;
import app.physiorx.common.Page;
import app.physiorx.common.Row;
import app.physiorx.patient.PatientApi.PatientAccess;
import app.physiorx.patient.PatientApi.PatientInput;
import app.physiorx.patient.PatientApi.PatientListItem;
import app.physiorx.patient.PatientApi.PatientRef;
import app.physiorx.patient.PatientApi.PatientView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
    private final StaffDirectory staff;

    public PatientService(EntityManager em, PatientAccounts accounts, app.physiorx.common.SecretBox box, StaffDirectory staff) {
        this.em = em;
        this.accounts = accounts;
        this.box = box;
        this.staff = staff;
    }

    /** The patient if the caller may see them, else 404 (the read is audited with the patient's id). */
    public PatientRef visible(Account caller, long id) {
        return ref(find(caller, id));
    }

    /** The name of a patient whose record the caller was already checked to see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String name(long patientId) {
        return em.createQuery("select p.firstName || ' ' || p.lastName from Patient p where p.id = :id", String.class)
                .setParameter("id", patientId).getSingleResult();
    }

    private static PatientRef ref(Patient p) {
        return new PatientRef(p.id, p.clinicId, p.fullName());
    }

    private Patient find(Account caller, long id) {
        Patient found = Row.first(PatientScope.of(caller)
                .nativeQuery(em, "select p.* from patient p where p.id = :id and " + PatientScope.MARK, Patient.class)
                .setParameter("id", id), Patient.class)
                .orElseThrow(() -> new NotFoundException("The patient"));
        app.physiorx.audit.AuditContext.patient(id);
        return found;
    }

    /** One row of the caseload list as the query reads it. */
    private record ListRow(long id, String fullName, String mrn, LocalDate dateOfBirth, String condition, PatientStatus status,
                           long therapistId, OffsetDateTime lastActivityAt) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PatientListItem> list(Account caller, String search, String status, int page, int size) {
        StringBuilder where = new StringBuilder(PatientScope.MARK);
        Map<String, Object> params = new HashMap<>();
        if (search != null && !search.isBlank()) {
            if (search.length() > 100) {
                throw InvalidInputException.field("q", "the search text may have at most 100 characters");
            }
            // a name (part or fuzzy), or the clinic's record number exactly (patient_clinic_mrn_uq)
            where.append(" and (lower(p.first_name || ' ' || p.last_name) like :like or lower(:q) <% lower(p.first_name || ' ' || p.last_name)"
                    + " or p.mrn = :q)");
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
        // newest activity first, read in that order from patient_clinic_recent_idx up to the page (no window over the clinic)
        Query q = PatientScope.of(caller).nativeQuery(em, """
                select p.id, p.first_name || ' ' || p.last_name, p.mrn, p.date_of_birth, p.condition, p.status, p.therapist_id,
                       p.last_activity_at
                from patient p
                where""" + " " + where + " order by p.last_activity_at desc, p.id desc limit :limit offset :offset");
        params.forEach(q::setParameter);
        q.setParameter("limit", size).setParameter("offset", page * size);
        List<ListRow> rows = Row.map(q.getResultList(), r -> new ListRow(r.getLong(0), r.getString(1), r.getString(2), r.getDate(3),
                r.getString(4), PatientStatus.valueOf(r.getString(5)), r.getLong(6), r.getTime(7)));
        Map<Long, String> therapists = staff.names(rows.stream().map(ListRow::therapistId).collect(java.util.stream.Collectors.toSet()));
        List<PatientListItem> items = rows.stream().map(r -> new PatientListItem(r.id(), r.fullName(), r.mrn(), r.dateOfBirth(),
                r.condition(), r.status(), therapists.get(r.therapistId()), r.lastActivityAt())).toList();
        rows.forEach(r -> app.physiorx.audit.AuditContext.patient(r.id())); // every patient the list shows is in the event
        long total;
        if (rows.size() < size && (page == 0 || !rows.isEmpty())) {
            total = (long) page * size + rows.size(); // the last page tells the count without counting
        } else {
            Query count = PatientScope.of(caller).nativeQuery(em, "select count(*) from patient p where " + where);
            params.forEach(count::setParameter);
            total = Row.of(count.getSingleResult()).getLong(0);
        }
        return new Page<>(items, page, size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PatientView get(Account caller, long id) {
        return view(find(caller, id));
    }

    /**
     * A patient's record for a caller who may be staff (their caseload, as {@link #get}) or the patient themself
     * (their own record only): anyone else's answers 404. Audited with the patient's id.
     */
    @Transactional
    public PatientView record(Account caller, long id) {
        if (caller.isStaff()) {
            return get(caller, id);
        }
        Patient own = ownRecord(caller);
        if (own.id != id) {
            throw new NotFoundException("The patient");
        }
        return view(own);
    }

    /** The record a signed-in patient owns, as {@link #record} sees it. */
    @Transactional
    public PatientView ownView(Account caller) {
        return view(ownRecord(caller));
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
        PatientAccounts.NewAccount account = newAccount(p, caller);
        p.keycloakUserId = account.userId();
        p.username = account.username();
        p.accessIssuedAt = OffsetDateTime.now();
        p.pendingPassword = box.seal(account.temporaryPassword());
        em.flush();
        return new PatientAccess(view(p), account.username(), account.temporaryPassword());
    }

    @Transactional
    public PatientView update(Account caller, long id, PatientInput input) {
        Patient p = find(caller, id);
        if (input.version() != null && input.version() != p.version) {
            throw new ConflictException("Someone else saved this patient since you opened the record. Reload it and apply your change again.");
        }
        PatientStatus before = p.status;
        String languageBefore = p.language;
        apply(caller, p, input, false);
        p.changedBy(caller.displayName());
        if (input.sharedWith() != null) {
            replaceShares(caller, p, input.sharedWith());
        }
        if (before != p.status && p.keycloakUserId != null) {
            accounts.setEnabled(p.keycloakUserId, p.status == PatientStatus.ACTIVE);
        }
        if (!java.util.Objects.equals(languageBefore, p.language) && p.keycloakUserId != null) {
            accounts.setLocale(p.keycloakUserId, PatientAccounts.localeOf(p));
        }
        em.flush();
        return view(p);
    }

    /** The patient's new account, tied to this transaction (see PatientAccounts.create). */
    private PatientAccounts.NewAccount newAccount(Patient p, Account caller) {
        return accounts.create(p, caller.clinicKey(), caller.clinicName(), userId -> Patient.count("keycloakUserId", userId) > 0);
    }

    /** A new temporary password; creates the account if the patient has none yet. */
    @Transactional
    public PatientAccess issueAccess(Account caller, long id) {
        Patient p = find(caller, id);
        if (p.status != PatientStatus.ACTIVE) {
            throw new ConflictException("This patient is discharged. Make them active again before issuing access.");
        }
        String username;
        String password;
        if (p.keycloakUserId == null) {
            PatientAccounts.NewAccount account = newAccount(p, caller);
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
    public PatientRef forPatientAccount(Account caller) {
        return ref(ownRecord(caller));
    }

    private Patient ownRecord(Account caller) {
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
    public java.util.Optional<SignIn> takePendingSignIn(long patientId) {
        Patient p = Patient.findById(patientId);
        if (p == null || p.pendingPassword == null) {
            return java.util.Optional.empty();
        }
        String password = box.open(p.pendingPassword);
        p.pendingPassword = null;
        return password == null ? java.util.Optional.empty() : java.util.Optional.of(new SignIn(p.username, password));
    }

    /** A patient's username and temporary password, as a handout prints them once. */
    public record SignIn(String username, String temporaryPassword) {
    }

    /** The therapist in charge of the patient (empty if there is no such patient). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Long> therapistOf(long patientId) {
        return em.createQuery("select p.therapistId from Patient p where p.id = :id", Long.class)
                .setParameter("id", patientId).getResultStream().findFirst();
    }

    /**
     * For the dev demo data: the id of the clinic's patient with this username, created (in its own
     * transaction) for the therapist if missing, with care and access started three weeks ago.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long ensureDemoPatient(Account therapist, String first, String last, String username, String keycloakSubject,
                                  String condition, LocalDate born, String mrn) {
        Patient existing = Patient.<Patient>find("username = ?1 and clinicId = ?2", username, therapist.clinicId()).firstResult();
        if (existing != null) {
            return existing.id;
        }
        Patient p = new Patient();
        p.clinicId = therapist.clinicId();
        p.therapistId = therapist.userId();
        p.firstName = first;
        p.lastName = last;
        p.dateOfBirth = born;
        p.mrn = mrn;
        p.condition = condition;
        p.startOfCare = LocalDate.now().minusWeeks(3);
        p.username = username;
        p.keycloakUserId = keycloakSubject;
        p.accessIssuedAt = OffsetDateTime.now().minusWeeks(3);
        p.createdBy(therapist.displayName());
        p.persist();
        return p.id;
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
        String mrn = blankToNull(input.mrn());
        if (mrn != null && !mrn.equals(p.mrn) && mrnTaken(caller.clinicId(), mrn, p.id)) {
            throw InvalidInputException.field("mrn", "another patient of your clinic has this record number");
        }
        p.mrn = mrn;
        p.email = blankToNull(input.email());
        p.phone = blankToNull(input.phone());
        p.condition = blankToNull(input.condition());
        p.startOfCare = input.startOfCare() != null ? input.startOfCare() : creating ? LocalDate.now() : p.startOfCare;
        p.notes = blankToNull(input.notes());
        if (input.language() != null) {
            p.language = input.language();
        }
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

    /** Whether another patient of the clinic has this record number (patient_clinic_mrn_uq). */
    private boolean mrnTaken(long clinicId, String mrn, Long except) {
        return !em.createNativeQuery("select 1 from patient where clinic_id = :c and mrn = :m and id <> :id")
                .setParameter("c", clinicId).setParameter("m", mrn).setParameter("id", except == null ? 0L : except)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private void checkTherapist(Account caller, long id, String field) {
        if (!staff.isTherapist(caller.clinicId(), id)) {
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
        List<Long> sharedIds = Row.list(em.createNativeQuery("select therapist_id from patient_share where patient_id = :p",
                Long.class).setParameter("p", p.id), Long.class);
        Map<Long, String> names = staff.names(java.util.stream.Stream.concat(java.util.stream.Stream.of(p.therapistId),
                sharedIds.stream()).collect(java.util.stream.Collectors.toSet()));
        StaffRef therapist = new StaffRef(p.therapistId, names.get(p.therapistId));
        List<StaffRef> shared = sharedIds.stream().filter(names::containsKey).map(id -> new StaffRef(id, names.get(id)))
                .sorted(java.util.Comparator.comparing(StaffRef::name)).toList();
        return new PatientView(p.id, p.firstName, p.lastName, p.fullName(), p.mrn, p.dateOfBirth, p.email, p.phone, p.condition,
                p.startOfCare, p.notes, p.status, therapist, shared, p.username, p.keycloakUserId != null,
                p.accessIssuedAt, p.lastActivityAt, p.version, p.language);
    }
}
