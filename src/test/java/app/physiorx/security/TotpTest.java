package app.physiorx.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The test's own code generator gives RFC 6238's published SHA-1 values (last six digits). */
@Tag("unit")
class TotpTest {
    private static final String RFC_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void base32KeyDecodesToTheRfcSecret() {
        assertEquals("12345678901234567890", new String(Totp.base32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"), StandardCharsets.US_ASCII));
    }

    @Test
    void codesMatchTheRfcTestVectors() {
        assertEquals("287082", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109))));
        assertEquals("050471", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111111))));
        assertEquals("005924", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1234567890))));
        assertEquals("279037", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(2000000000))));
    }
}
