package app.physiorx.account;

/** A staff member as other records show them: id of their profile and their name. */
public record StaffRef(long id, String name) {
}
