package app.physiorx.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.JsonString;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request. Templates reach it as {@code inject:currentUser};
 * services get the {@link Account} (and with it the clinic) from {@link #account()}.
 */
@RequestScoped
@Named("currentUser")
public class CurrentUser {
    private final SecurityIdentity identity;
    private final AccountService accounts;
    private Account account;

    public CurrentUser(SecurityIdentity identity, AccountService accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getDisplayName() {
        if (!isSignedIn()) {
            return "";
        }
        String name = claim("name");
        return name != null && !name.isBlank() ? name : identity.getPrincipal().getName();
    }

    public boolean isStaff() {
        Role role = Role.primary(identity.getRoles());
        return role != null && role.isStaff();
    }

    public boolean isClinicAdmin() {
        return Role.primary(identity.getRoles()) == Role.CLINIC_ADMIN;
    }

    public boolean isPatient() {
        return Role.primary(identity.getRoles()) == Role.PATIENT;
    }

    /** The signed-in user's account, created on their first request. */
    public Account account() {
        if (account == null) {
            account = accounts.signIn(new SignedInUser(claim("sub"), identity.getPrincipal().getName(), getDisplayName(),
                    claim("email"), identity.getRoles(), claim("clinic"), claim("clinic_name")));
        }
        return account;
    }

    /** The token's {@code scope} claim (space-separated), or null. */
    public String scopes() {
        return claim("scope");
    }

    private String claim(String name) {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value instanceof JsonString string) {
                return string.getString();
            }
            return value == null ? null : value.toString();
        }
        return null;
    }
}
