package app.physiorx.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.InetSocketAddressConverter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The trusted proxies we ship are addresses or CIDR ranges, never a name. Quarkus looks a name up in DNS on every
 * request; a bare IPv6 "::1" reads to it as the name ":" with port 1, so each request waited on the resolver
 * (a session benchmark fell from about 1,700 to 22 sessions per second on a machine whose DNS timed out).
 */
class TrustedProxiesTest {
    private static final Pattern DEFAULTS = Pattern.compile("PHYSIORX_TRUSTED_PROXIES(?::-?|=|: \\$\\{PHYSIORX_TRUSTED_PROXIES:-)([^}\\s]+)");

    @Test
    void everyShippedTrustedProxyIsAnAddressOrRangeThatNeedsNoDnsLookup() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String file : List.of("src/main/resources/application.properties", "docker/compose.yml", ".env.example",
                "docker/kubernetes/config.yml")) {
            String text = Files.readString(Path.of(file));
            Matcher m = DEFAULTS.matcher(text);
            boolean found = false;
            while (m.find()) {
                found = true;
                for (String entry : m.group(1).split(",")) {
                    entries.add(file + ": " + entry.strip());
                }
            }
            if (file.endsWith("config.yml")) {
                Matcher k8s = Pattern.compile("PHYSIORX_TRUSTED_PROXIES: (\\S+)").matcher(text);
                while (k8s.find()) {
                    found = true;
                    entries.add(file + ": " + k8s.group(1));
                }
            }
            assertTrue(found, file + " sets PHYSIORX_TRUSTED_PROXIES");
        }
        for (String entry : entries) {
            String value = entry.substring(entry.indexOf(": ") + 2);
            if (value.matches(".+/\\d+")) {
                continue; // a range: matched without any lookup
            }
            assertFalse(new InetSocketAddressConverter().convert(value).isUnresolved(),
                    entry + " would be looked up in DNS on every request; write an address, or an IPv6 one as a range (::1/128)");
        }
    }

    @Test
    void aBareIpv6AddressIsReadAsAHostNameWhichIsWhyTheRangeFormIsUsed() {
        assertTrue(new InetSocketAddressConverter().convert("::1").isUnresolved());
        assertEquals("127.0.0.1", new InetSocketAddressConverter().convert("127.0.0.1").getAddress().getHostAddress());
    }
}
