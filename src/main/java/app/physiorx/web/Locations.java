package app.physiorx.web;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Paths built from the JAX-RS resources' {@code @Path}s, for redirects, Location headers and the
 * templates' {@code uri:} links, so a moved path cannot leave a stale link behind. A method name that
 * does not exist on the resource fails at once (UriBuilder checks it).
 */
public final class Locations {
    /** Each path template, read from the annotations once; never modified, only cloned. */
    private static final Map<String, UriBuilder> PATHS = new ConcurrentHashMap<>();

    private Locations() {
    }

    /** The path of a resource method without a {@code @Path} of its own (the resource's path), its templates filled in order. */
    public static URI of(Class<?> resource, Object... values) {
        return of(resource, null, values);
    }

    /** The path of a resource method with its own {@code @Path}, its templates filled in order. */
    public static URI of(Class<?> resource, String method, Object... values) {
        UriBuilder path = PATHS.computeIfAbsent(resource.getName() + "#" + method, key -> method == null
                ? UriBuilder.fromResource(resource) : UriBuilder.fromResource(resource).path(resource, method));
        return path.clone().build(values);
    }

    /** {@link #of(Class, String, Object...)} with a fragment, such as the builder's "#items". */
    public static URI withFragment(URI path, String fragment) {
        return URI.create(path + "#" + fragment);
    }
}
