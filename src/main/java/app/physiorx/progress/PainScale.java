package app.physiorx.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;

/** The 0-10 numeric pain rating scale for the {@code painScale} tag ({@code inject:painScale.values}). */
@ApplicationScoped
@Named("painScale")
public class PainScale {
    private static final List<String> VALUES = IntStream.rangeClosed(0, 10).mapToObj(String::valueOf).toList();

    public List<String> getValues() {
        return VALUES;
    }
}
