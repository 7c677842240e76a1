package app.physiorx.fhir;

import app.physiorx.common.DomainException.InvalidField;
import app.physiorx.common.InvalidInputException;
import app.physiorx.fhir.FhirRecordService.Kind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;

/**
 * The searches /fhir serves: which parameters each type takes, how they are read, and the filter they make. An
 * unknown parameter, a malformed value or a wrong {@code _format} is a 400 naming the parameter (the error
 * handler answers it as an OperationOutcome), never ignored and never a 500.
 */
final class FhirSearch {
    static final int DEFAULT_COUNT = 50;
    static final int MOST_COUNT = 500;
    /** Parameters every interaction takes. */
    static final Set<String> COMMON = Set.of("_format", "_count", "_offset");

    /** A type that can be searched: its kind in the record and the parameters it takes besides patient. */
    record Searchable(String type, Kind kind, List<String> parameters) {
    }

    static final Map<String, Searchable> TYPES = Map.of(
            "CarePlan", new Searchable("CarePlan", Kind.CARE_PLAN, List.of()),
            "ServiceRequest", new Searchable("ServiceRequest", Kind.SERVICE_REQUEST, List.of()),
            "Observation", new Searchable("Observation", Kind.OBSERVATION, List.of("code", "date")),
            "QuestionnaireResponse", new Searchable("QuestionnaireResponse", Kind.QUESTIONNAIRE_RESPONSE, List.of()),
            "Flag", new Searchable("Flag", Kind.FLAG, List.of("status")));

    private static final Pattern PATIENT = Pattern.compile("(?:Patient/)?([1-9][0-9]{0,17})");
    private static final Pattern DATE = Pattern.compile("(eq|ne|gt|lt|ge|le|sa|eb)?(\\d{4}(?:-\\d{2}(?:-\\d{2}(?:T.+)?)?)?)");

    private FhirSearch() {
    }

    /** {@code _format}: JSON only (the server speaks {@code application/fhir+json}). */
    static void format(Map<String, List<String>> params) {
        for (String f : params.getOrDefault("_format", List.of())) {
            String v = f.strip().toLowerCase(java.util.Locale.ROOT);
            if (!(v.equals("json") || v.equals("application/json") || v.equals("application/fhir+json")
                    || v.startsWith("application/fhir+json;") || v.startsWith("application/json;"))) {
                throw InvalidInputException.field("_format", "this server answers JSON only: use _format=json or leave it out");
            }
        }
    }

    /** Refuses any parameter the interaction does not take. */
    static void only(Map<String, List<String>> params, List<String> allowed) {
        List<InvalidField> unknown = new ArrayList<>();
        for (String name : params.keySet()) {
            if (!COMMON.contains(name) && !allowed.contains(name)) {
                unknown.add(new InvalidField(name, "is not a search parameter this server supports here"
                        + (allowed.isEmpty() ? "" : " (supported: " + String.join(", ", allowed) + ")")));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("Unknown search parameter: " + String.join(", ",
                    unknown.stream().map(InvalidField::field).toList()), unknown);
        }
        format(params);
    }

    /** The patient searched for, as "123" or "Patient/123"; null when the caller left it out. */
    static Long patient(Map<String, List<String>> params) {
        List<String> values = params.getOrDefault("patient", List.of());
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw InvalidInputException.field("patient", "give one patient");
        }
        Matcher m = PATIENT.matcher(values.getFirst().strip());
        if (!m.matches()) {
            throw InvalidInputException.field("patient", "give the patient's id, as 123 or Patient/123");
        }
        return Long.parseLong(m.group(1));
    }

    static int count(Map<String, List<String>> params) {
        return whole(params, "_count", DEFAULT_COUNT, 1, MOST_COUNT);
    }

    static int offset(Map<String, List<String>> params) {
        return whole(params, "_offset", 0, 0, 10_000_000);
    }

    private static int whole(Map<String, List<String>> params, String name, int otherwise, int min, int max) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.isEmpty()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(values.getFirst().strip());
            if (n < min || n > max) {
                throw InvalidInputException.field(name, "must be a whole number from " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw InvalidInputException.field(name, "must be a whole number from " + min + " to " + max);
        }
    }

    /** The filter a search's own parameters make (code, date, status); every value given must match. */
    static Predicate<Resource> filter(String type, Map<String, List<String>> params, ZoneId zone) {
        Predicate<Resource> all = r -> true;
        for (String code : params.getOrDefault("code", List.of())) {
            all = all.and(codeIs(code));
        }
        for (String date : params.getOrDefault("date", List.of())) {
            all = all.and(dateIs(date, zone));
        }
        for (String status : params.getOrDefault("status", List.of())) {
            all = all.and(statusIs(status));
        }
        return all;
    }

    /** {@code code=[system|]code}, several codes separated by commas meaning any of them. */
    static Predicate<Resource> codeIs(String value) {
        List<Predicate<Coding>> any = new ArrayList<>();
        for (String token : value.split(",")) {
            String t = token.strip();
            if (t.isEmpty()) {
                throw InvalidInputException.field("code", "give a code, as http://loinc.org|72514-3 or 72514-3");
            }
            int bar = t.indexOf('|');
            String system = bar < 0 ? null : t.substring(0, bar);
            String code = bar < 0 ? t : t.substring(bar + 1);
            any.add(c -> code.equals(c.getCode()) && (system == null || system.isEmpty() || system.equals(c.getSystem())));
        }
        return r -> r instanceof Observation o && o.getCode().getCoding().stream().anyMatch(c -> any.stream().anyMatch(p -> p.test(c)));
    }

    /**
     * {@code date=[prefix]YYYY[-MM[-DD]]}: the observation's day against the range the value names (a year, a
     * month or a day, in the clinic's time zone), with FHIR's prefixes eq, ne, gt, lt, ge, le, sa and eb.
     */
    static Predicate<Resource> dateIs(String value, ZoneId zone) {
        Matcher m = DATE.matcher(value.strip());
        if (!m.matches()) {
            throw InvalidInputException.field("date", "give a date as YYYY, YYYY-MM or YYYY-MM-DD, optionally after a prefix such as ge or lt");
        }
        String prefix = m.group(1) == null ? "eq" : m.group(1);
        String text = m.group(2);
        LocalDate from;
        LocalDate to; // both included
        try {
            if (text.length() == 4) {
                from = LocalDate.of(Integer.parseInt(text), 1, 1);
                to = from.plusYears(1).minusDays(1);
            } else if (text.length() == 7) {
                YearMonth month = YearMonth.parse(text);
                from = month.atDay(1);
                to = month.atEndOfMonth();
            } else if (text.length() == 10) {
                from = LocalDate.parse(text);
                to = from;
            } else {
                from = OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate();
                to = from;
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw InvalidInputException.field("date", "\"" + text + "\" is not a date: give YYYY, YYYY-MM or YYYY-MM-DD");
        }
        LocalDate start = from;
        LocalDate end = to;
        return r -> {
            if (!(r instanceof Observation o) || !o.hasEffectiveDateTimeType()) {
                return false;
            }
            Date at = o.getEffectiveDateTimeType().getValue();
            LocalDate day = at.toInstant().atZone(zone).toLocalDate();
            return switch (prefix) {
                case "ne" -> day.isBefore(start) || day.isAfter(end);
                case "gt", "sa" -> day.isAfter(end);
                case "lt", "eb" -> day.isBefore(start);
                case "ge" -> !day.isBefore(start);
                case "le" -> !day.isAfter(end);
                default -> !day.isBefore(start) && !day.isAfter(end);
            };
        };
    }

    /** {@code status=active|inactive|entered-in-error} for Flag. */
    static Predicate<Resource> statusIs(String value) {
        List<Flag.FlagStatus> any = new ArrayList<>();
        for (String token : value.split(",")) {
            try {
                any.add(Flag.FlagStatus.fromCode(token.strip()));
            } catch (Exception e) {
                throw InvalidInputException.field("status", "give active, inactive or entered-in-error");
            }
        }
        return r -> r instanceof Flag f && any.contains(f.getStatus());
    }
}
