package app.physiorx.clinic;

/** Paper the clinic prints handouts on. */
public enum PaperSize {
    A4, LETTER
}
