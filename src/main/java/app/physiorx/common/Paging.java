package app.physiorx.common;


/** Reads paging parameters as text, so that "abc" is a 400 naming the parameter, not a 404. */
public final class Paging {
    private Paging() {
    }

    public static int number(String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidInputException.field(field, field + " must be a whole number from " + min + " to " + max);
    }
}
