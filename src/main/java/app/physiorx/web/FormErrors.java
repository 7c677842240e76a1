package app.physiorx.web;

import app.physiorx.common.DomainException;
import app.physiorx.error.ErrorHandler;
import app.physiorx.error.PlainWords;
import app.physiorx.error.SpanishPlainWords;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Errors of a submitted HTML form, by field name, for re-rendering the form with each
 * message beside its field. Also parses the form's text inputs.
 */
public final class FormErrors {
    private final Map<String, String> byField = new LinkedHashMap<>();
    private final boolean spanish;

    /** Messages in English. */
    public FormErrors() {
        this(false);
    }

    private FormErrors(boolean spanish) {
        this.spanish = spanish;
    }

    /** Messages in the reader's language ("en", "es"): a patient's own forms, in their language. */
    public FormErrors(String language) {
        this("es".equals(language));
    }

    /** Messages in the page's language (Spanish: error.SpanishPlainWords). */
    public static FormErrors in(PageLocale page) {
        return new FormErrors("es".equals(page.get()));
    }

    public Map<String, String> map() {
        return byField;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public void add(String field, String message) {
        byField.putIfAbsent(field == null || field.isEmpty() ? "form" : field, message);
    }

    public void addAll(Set<? extends ConstraintViolation<?>> violations) {
        violations.forEach(v -> add(ErrorHandler.fieldName(v), spanish ? SpanishPlainWords.of(ErrorHandler.fieldName(v), v)
                : PlainWords.of(ErrorHandler.fieldName(v), v)));
    }

    public void addAll(DomainException e) {
        if (e.fields().isEmpty()) {
            add("form", spanish ? SpanishPlainWords.sentence(e.getMessage()) : e.getMessage());
        }
        for (DomainException.InvalidField error : e.fields()) {
            add(error.field(), spanish ? SpanishPlainWords.fragment(error.field(), error.message())
                    : PlainWords.fragment(error.field(), error.message()));
        }
    }

    /** A whole number, or null when left empty; a message for anything else. */
    public Integer number(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            add(field, spanish ? SpanishPlainWords.number(field) : "Enter the " + PlainWords.field(field) + " as a whole number, such as 10.");
            return null;
        }
    }

    /** A date typed as YYYY-MM-DD (what date inputs send), or null when left empty. */
    public java.time.LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(raw.strip());
        } catch (java.time.format.DateTimeParseException e) {
            add(field, spanish ? SpanishPlainWords.date(field) : "Enter the " + PlainWords.field(field) + " as a date, such as 2026-03-31.");
            return null;
        }
    }

    /** One entry per non-empty line of a text area. */
    public static List<String> lines(String raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Comma-separated entries. */
    public static List<String> commaList(String raw) {
        if (raw == null) {
            return List.of();
        }
        return new ArrayList<>(Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }
}
