package app.physiorx.figure;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The poses of the catalog, read from {@code catalog/poses/*.json}: base postures per position
 * ({@code bases.json}) and, per exercise slug, the base, the joints that differ in the start frame, the joints
 * that move in the end frame, the props and the arrow. A new exercise needs only its entry.
 */
public final class PoseCatalog {
    public static final List<String> FILES = List.of("neck-and-back.json", "shoulder-and-arm.json", "hip-and-knee.json",
            "ankle-balance-breathing.json");
    private static final String DIR = "catalog/poses/";

    /** A base posture: the view, the angles, the props and the ground that go with it. */
    public record Base(View view, Map<String, Double> pose, List<Prop> props, String ground, String anchor) {
    }

    /** One exercise's entry: its base plus what it changes. */
    public record Entry(String base, View view, Map<String, Double> start, Map<String, Double> end, List<Prop> props,
                        List<Prop> addProps, Arrow arrow, String ground, String anchor, String focus, String detail) {
    }

    private PoseCatalog() {
    }

    public static Map<String, FigureSpec> load() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        Map<String, Base> bases = read(json, "bases.json", Base.class);
        Map<String, FigureSpec> specs = new LinkedHashMap<>();
        for (String file : FILES) {
            read(json, file, Entry.class).forEach((slug, e) -> specs.put(slug, spec(slug, e, bases)));
        }
        return specs;
    }

    static FigureSpec spec(String slug, Entry e, Map<String, Base> bases) {
        Base base = bases.get(e.base());
        if (base == null) {
            throw new IllegalStateException(slug + ": no base posture " + e.base());
        }
        Pose start = Pose.of(base.pose()).with(orEmpty(e.start()));
        Pose end = start.with(orEmpty(e.end()));
        List<Prop> props = new ArrayList<>(e.props() != null ? e.props() : orEmpty(base.props()));
        props.addAll(orEmpty(e.addProps()));
        return new FigureSpec(e.view() != null ? e.view() : base.view(), start, end, props, e.arrow(),
                e.ground() != null ? e.ground() : base.ground(), e.anchor() != null ? e.anchor() : base.anchor(), e.focus(),
                e.detail());
    }

    private static <T> Map<String, T> read(ObjectMapper json, String file, Class<T> type) {
        try (InputStream in = PoseCatalog.class.getClassLoader().getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DIR + file);
            }
            return json.readValue(in, json.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, type));
        } catch (IOException e) {
            throw new UncheckedIOException(DIR + file, e);
        }
    }

    private static <T> List<T> orEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static Map<String, Double> orEmpty(Map<String, Double> m) {
        return m == null ? Map.of() : m;
    }
}
