package app.physiorx.audit;

import app.physiorx.account.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonString;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who made a request, from the token alone (no database call): subject, name, role and clinic. */
record Actor(String subject, String name, String role, String clinicKey) {
    static final Actor ANONYMOUS = new Actor(null, null, null, null);

    static Actor of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        Principal principal = identity.getPrincipal();
        Role role = Role.primary(identity.getRoles());
        String name = claim(principal, "name");
        return new Actor(claim(principal, "sub"), name != null ? name : principal.getName(), role == null ? null : role.claim,
                claim(principal, "clinic"));
    }

    private static String claim(Principal principal, String claim) {
        if (principal instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(claim);
            if (value instanceof JsonString s) {
                return s.getString();
            }
            return value == null ? null : value.toString();
        }
        return null;
    }
}
