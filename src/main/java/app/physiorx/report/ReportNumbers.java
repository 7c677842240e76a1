package app.physiorx.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * How the progress report writes its numbers, in one place: the PDF prints only what these return, so a test
 * can compute the same text from the database. Means and medians have one decimal (half up); scores keep the
 * instrument's decimals without trailing zeros; a missing value is "–".
 */
final class ReportNumbers {
    static final String NONE = "–";

    private ReportNumbers() {
    }

    /** A score, an MCID, a mean: "4.7", "6", "–". */
    static String number(BigDecimal value) {
        return value == null ? NONE : value.stripTrailingZeros().toPlainString();
    }

    /** A change with its sign: "+1.5", "-3", "0". */
    static String change(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        return (value.signum() > 0 ? "+" : "") + number(value);
    }

    /** "57 %" or "–" without a target. */
    static String percent(Integer percent) {
        return percent == null ? NONE : percent + " %";
    }

    /** Done against asked for, in percent (capped at 100, rounded half up); null when nothing was asked for. */
    static Integer percent(int done, int prescribed) {
        return prescribed == 0 ? null : Math.min(100, Math.round(done * 100f / prescribed));
    }

    /** The mean with one decimal, or null for no values. */
    static BigDecimal mean(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        long sum = values.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
    }

    /** The median with one decimal (the mean of the middle two for an even count), or null for no values. */
    static BigDecimal median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal middle = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
        return middle.setScale(1, RoundingMode.HALF_UP);
    }

    /** "3 Mar" / "3 mar": the first day of a week in the tables, in the report's words. */
    static String shortDate(LocalDate date, app.physiorx.common.Words words) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern(words.raw("date.short"), words.locale()));
    }

    /** "3 Mar 2026" / "3 mar 2026": dates in tables, in the report's words. */
    static String date(LocalDate date, app.physiorx.common.Words words) {
        return date == null ? NONE : date.format(java.time.format.DateTimeFormatter.ofPattern(words.raw("date"), words.locale()));
    }

    /** "3 Mar": the first day of a week in the tables. */
    static String shortDate(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH));
    }

    /** "3 Mar 2026": dates in tables. */
    static String date(LocalDate date) {
        return date == null ? NONE : date.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH));
    }
}
