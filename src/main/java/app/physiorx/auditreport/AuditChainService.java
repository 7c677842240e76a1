package app.physiorx.auditreport;

import app.physiorx.account.Account;
import app.physiorx.audit.AuditVerification;
import app.physiorx.audit.AuditVerification.ChainCheck;
import app.physiorx.audit.AuditWalkService;
import app.physiorx.audit.AuditWalkService.Walk;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * The chain checks as a clinic admin sees them: the quick check from the newest checkpoint, and the
 * background walk of the whole chain with its progress. A break at another clinic's event is not named.
 */
@ApplicationScoped
public class AuditChainService {
    private final AuditVerification verification;
    private final AuditWalkService walks;

    public AuditChainService(AuditVerification verification, AuditWalkService walks) {
        this.verification = verification;
        this.walks = walks;
    }

    /** A full walk as the clinic admin sees it. */
    public record WalkView(long id, String status, Instant startedAt, String startedBy, Instant finishedAt, long upToEventId,
                           long total, long checked, int percent, Long firstBrokenId, String problem) {
        /** What the API answers before the first full check ran. */
        public static final WalkView NONE = new WalkView(0, "NONE", null, null, null, 0, 0, 0, 0, null, null);

        public boolean running() {
            return "RUNNING".equals(status);
        }
    }

    /** The quick check's answer with the newest full walk. */
    public record ChainAnswer(boolean intact, long checked, Long firstBrokenId, String problem, long rehashedNow,
                              long fromEventId, Long checkpointId, Instant checkpointMadeAt, int checkpoints,
                              WalkView lastFullWalk) {
    }

    public ChainAnswer check(Account admin) {
        ChainCheck c = verification.verifyFromCheckpoint(admin.clinicKey());
        return new ChainAnswer(c.intact(), c.checked(), c.firstBrokenId(), c.problem(), c.rehashedNow(), c.fromEventId(),
                c.checkpointId(), c.checkpointMadeAt(), c.checkpoints(), latest(admin).orElse(null));
    }

    public WalkView startFullWalk(Account admin) {
        return view(walks.start(admin.displayName()), admin);
    }

    public Optional<WalkView> latest(Account admin) {
        return walks.latest().map(w -> view(w, admin));
    }

    private static WalkView view(Walk w, Account admin) {
        boolean ours = w.firstBrokenId() != null && admin.clinicKey().equals(w.brokenClinicKey());
        String problem = w.firstBrokenId() != null && !ours ? AuditVerification.BROKEN_ELSEWHERE : w.problem();
        return new WalkView(w.id(), w.status(), w.startedAt(), w.startedBy(), w.finishedAt(), w.upToId(), w.total(), w.checked(),
                w.percent(), ours ? w.firstBrokenId() : null, problem);
    }
}
