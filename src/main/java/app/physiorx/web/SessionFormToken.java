package app.physiorx.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The second form token, bound to the signed-in session: HMAC-SHA256 over the user's subject and Keycloak's
 * session id ({@code sid} of the ID token), with a key derived from PHYSIORX_SESSION_SECRET. It stays the same
 * for the whole session (a second tab or a download does not change it), and a token taken from another
 * user's or another session's page does not fit. Rendered by {@code {#csrf/}}, checked by {@link SessionFormFilter}.
 */
@ApplicationScoped
public class SessionFormToken {
    public static final String FIELD = "session-token";
    private final byte[] key;

    public SessionFormToken(@ConfigProperty(name = "quarkus.oidc.web.token-state-manager.encryption-secret") String secret) {
        this.key = hmac(secret.getBytes(StandardCharsets.UTF_8), "physiorx session form token v1");
    }

    /** The token for a signed-in page session, or null when the identity has no Keycloak session (anonymous, bearer). */
    public String tokenFor(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        String subject = jwt.getSubject();
        Object sid = jwt.getClaim("sid");
        if (subject == null || sid == null) {
            return null;
        }
        String session = sid instanceof jakarta.json.JsonString s ? s.getString() : sid.toString();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, subject + '\u001f' + session));
    }

    /** Whether the given form value is this session's token (compared in constant time). */
    public boolean matches(SecurityIdentity identity, String given) {
        String expected = tokenFor(identity);
        return expected != null && given != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
