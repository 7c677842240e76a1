package app.physiorx.common;

/** Small text rules shared by the features. */
public final class Text {
    private Text() {
    }

    /** Null for missing or blank text, else the text without surrounding white space. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
