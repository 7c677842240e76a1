package app.physiorx.common;

import java.util.regex.Pattern;

/**
 * Names shown or exported by the app (patients, staff): without the Unicode bidirectional controls
 * (embeddings, overrides, isolates, marks) that can make one name look like another.
 */
public final class DisplayText {
    private static final Pattern BIDI = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");

    private DisplayText() {
    }

    /** The name without bidirectional control characters; null stays null. */
    public static String name(String s) {
        return s == null ? null : BIDI.matcher(s).replaceAll("");
    }
}
