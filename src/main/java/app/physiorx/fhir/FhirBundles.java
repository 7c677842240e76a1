package app.physiorx.fhir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** Search results as a {@code searchset} Bundle: the page asked for, its total, and self, next and previous links. */
final class FhirBundles {
    private FhirBundles() {
    }

    static Bundle searchset(String base, String path, Map<String, List<String>> params, List<Resource> matches, int offset, int count) {
        Bundle b = new Bundle();
        b.setType(Bundle.BundleType.SEARCHSET);
        b.setTimestamp(new Date());
        b.setTotal(matches.size());
        b.getMeta().setLastUpdated(new Date());
        int end = Math.min(matches.size(), offset + count);
        for (Resource r : matches.subList(Math.min(offset, matches.size()), end)) {
            b.addEntry().setFullUrl(base + "/" + r.fhirType() + "/" + r.getIdElement().getIdPart()).setResource(r)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        b.addLink().setRelation("self").setUrl(link(base, path, params, offset, count));
        if (end < matches.size()) {
            b.addLink().setRelation("next").setUrl(link(base, path, params, end, count));
        }
        if (offset > 0) {
            b.addLink().setRelation("previous").setUrl(link(base, path, params, Math.max(0, offset - count), count));
        }
        return b;
    }

    private static String link(String base, String path, Map<String, List<String>> params, int offset, int count) {
        String kept = params.entrySet().stream().filter(e -> !e.getKey().equals("_offset") && !e.getKey().equals("_count"))
                .sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        return base + "/" + path + "?" + (kept.isEmpty() ? "" : kept + "&") + "_count=" + count + "&_offset=" + offset;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
