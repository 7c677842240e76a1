package app.physiorx.account;

import java.util.Set;

/** What the token says about the user; the input of the first-login upsert. */
public record SignedInUser(String subject, String username, String displayName, String email,
                           Set<String> roles, String clinicKey, String clinicName) {
}
