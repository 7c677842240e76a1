package app.physiorx.account;

import app.physiorx.common.NotAllowedException;

/** The user signed in, but their Keycloak account lacks what PhysioRx needs (a role or a clinic). */
public class AccountNotUsableException extends NotAllowedException {
    public AccountNotUsableException(String message) {
        super(message);
    }
}
