package app.physiorx.account;

/** The signed-in user as the rest of the app sees them: who, which role, which clinic. */
public record Account(long userId, String subject, String username, String displayName, String email,
                      Role role, long clinicId, String clinicKey, String clinicName) {

    public boolean isStaff() {
        return role.isStaff();
    }
}
