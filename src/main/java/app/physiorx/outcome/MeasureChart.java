package app.physiorx.outcome;

import app.physiorx.outcome.OutcomeApi.MeasureView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A measure's scores as a small SVG line chart for the patient page: the score axis spans what the instrument can
 * score, and a band around the first score shows the change that does not matter (first ± MCID). The page shows
 * the same numbers in a table beside it.
 */
public record MeasureChart(int width, int height, String points, List<Dot> dots, Double bandTop, Double bandHeight,
                           String label, String low, String high) {
    public record Dot(double x, double y, String title) {
    }

    static final int W = 320;
    static final int H = 140;
    static final int PAD = 16;

    /** The chart, or null before the first answer. */
    public static MeasureChart of(MeasureView m) {
        if (m.responses().isEmpty()) {
            return null;
        }
        double[] range = range(m.instrument());
        double lo = range[0];
        double hi = range[1];
        int n = m.responses().size();
        List<Dot> dots = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            var r = m.responses().get(i);
            double x = n == 1 ? W / 2.0 : PAD + i * (W - 2.0 * PAD) / (n - 1);
            double y = y(r.score().doubleValue(), lo, hi);
            dots.add(new Dot(x, y, r.answeredOn() + ": " + OutcomeWords.plain(r.score())));
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        double first = m.responses().getFirst().score().doubleValue();
        double mcid = m.instrument().scoring().mcid().doubleValue();
        double top = y(Math.min(hi, first + mcid), lo, hi);
        double bottom = y(Math.max(lo, first - mcid), lo, hi);
        String better = m.instrument().scoring().better() == Instrument.Direction.LOWER ? "lower is better" : "higher is better";
        String label = m.instrument().title() + ": " + n + (n == 1 ? " score, " : " scores, ") + "first "
                + OutcomeWords.plain(m.responses().getFirst().score()) + ", latest " + OutcomeWords.plain(m.responses().getLast().score())
                + " (" + better + "). " + OutcomeWords.verdict(m.verdict()) + ".";
        return new MeasureChart(W, H, points.toString().strip(), dots, top, bottom - top, label, fmt(lo), fmt(hi));
    }

    private static double y(double value, double lo, double hi) {
        double span = hi - lo == 0 ? 1 : hi - lo;
        return H - PAD - (value - lo) * (H - 2.0 * PAD) / span;
    }

    /** What the instrument can score: sums of the items' ends, an item's ends for a mean, 0 to 100 for a percentage. */
    static double[] range(OutcomeApi.InstrumentView instrument) {
        return switch (instrument.scoring().method()) {
            case PERCENT -> new double[] {0, 100};
            case MEAN -> new double[] {instrument.items().stream().mapToInt(Instrument.Item::min).min().orElse(0),
                    instrument.items().stream().mapToInt(Instrument.Item::max).max().orElse(10)};
            case SUM -> new double[] {instrument.items().stream().mapToInt(Instrument.Item::min).sum(),
                    instrument.items().stream().mapToInt(Instrument.Item::max).sum()};
        };
    }

    private static String fmt(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
