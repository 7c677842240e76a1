package app.physiorx.account;

/** The user signed in, but their Keycloak account lacks what PhysioRx needs (a role or a clinic). */
public class AccountNotUsableException extends RuntimeException {
    public AccountNotUsableException(String message) {
        super(message);
    }
}
