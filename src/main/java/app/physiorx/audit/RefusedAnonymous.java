package app.physiorx.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refused anonymous requests counted in memory per source address and minute, so a flood of them costs one
 * audit row per source-minute instead of one row each. Bounded: beyond 10,000 sources in one minute the
 * rest are counted under one unknown source.
 */
final class RefusedAnonymous {
    private static final int MAX_SOURCES = 10_000;

    record Tally(Instant minute, String address, long count, String firstRequest, String userAgent) {
    }

    private record Key(Instant minute, String address) {
    }

    private static final class Counter {
        final String firstRequest;
        final String userAgent;
        long count;

        Counter(String firstRequest, String userAgent) {
            this.firstRequest = firstRequest;
            this.userAgent = userAgent;
        }
    }

    private final Map<Key, Counter> counts = new ConcurrentHashMap<>();

    void count(String address, String request, String userAgent) {
        Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Key key = new Key(minute, counts.size() < MAX_SOURCES ? address : null);
        counts.compute(key, (k, c) -> {
            Counter counter = c != null ? c : new Counter(request, userAgent);
            counter.count++;
            return counter;
        });
    }

    /** Removes and returns the tallies of finished minutes (or all of them). */
    List<Tally> drain(boolean all) {
        Instant current = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        List<Tally> out = new ArrayList<>();
        for (Key key : List.copyOf(counts.keySet())) {
            if (all || key.minute().isBefore(current)) {
                Counter c = counts.remove(key);
                if (c != null) {
                    out.add(new Tally(key.minute(), key.address(), c.count, c.firstRequest, c.userAgent));
                }
            }
        }
        return out;
    }
}
