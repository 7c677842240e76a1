package app.physiorx.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash chain: each event's SHA-256 covers its content and the previous event's hash. */
public final class AuditChain {
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String previous, AuditEntry e) {
        StringBuilder s = new StringBuilder(previous);
        for (Object field : new Object[] {e.at(), e.subject(), e.actorName(), e.actorRole(), e.clinicKey(), e.action(),
                e.resourceType(), e.resourceId(), e.patientId(), e.outcome(), e.request(), e.clientAddress(), e.userAgent()}) {
            s.append('\u001f').append(field == null ? "\u0000" : field.toString());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
